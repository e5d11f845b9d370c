import vue from '@vitejs/plugin-vue';

// Vue must leave tags with a dash to the browser: they are custom elements, not Vue components.
export default {
  plugins: [
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.includes('-') } } }),
  ],
};
