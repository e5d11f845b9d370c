// The CSS inside the elements' `css` templates, checked against the support floor (package.json
// "browserslist") with doiuse's data. A feature the floor lacks must come with a fallback; the
// ones below do, and are listed with it.
export default {
  customSyntax: 'postcss-lit',
  plugins: ['stylelint-no-unsupported-browser-features'],
  rules: {
    'plugin/no-unsupported-browser-features': [
      true,
      {
        severity: 'error',
        ignorePartialSupport: true,
        ignore: [
          // Layout by the element's own width. Below Safari 16 / Chrome 105 the @container
          // rules are skipped and the mobile-first layout stays: one column, the KPI table
          // scrolling in its region, the gauge beside its words. Readable, as the floor asks.
          'css-container-queries',
          // `100cqi` comes after a plain `100%` that an older engine keeps.
          'css-container-query-units',
          // `ui-monospace` is followed by SFMono-Regular, Menlo, Consolas and monospace.
          'extended-system-fonts',
        ],
      },
    ],
  },
};
