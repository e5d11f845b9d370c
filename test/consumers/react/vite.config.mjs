// No React plugin: Vite's own transform (Oxc in Vite 8, esbuild before) compiles the JSX with
// the automatic runtime, which is all this app needs (no Fast Refresh in a build).
export default {
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
};
