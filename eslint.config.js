import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';
import compat from 'eslint-plugin-compat';

/** Forbids `files` to import from the named folders of src/ (or from lit). */
function layer(files, forbidden) {
  return [
    {
      files: [files],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              {
                group: forbidden.map((folder) => `**/${folder}/**`),
                message: 'Layers run vocabulary → schema → domain → viz → components only.',
              },
              {
                group: ['lit', 'lit/*', '@lit/*', '@lit-labs/*'],
                message: 'No lit below the components.',
              },
            ],
          },
        ],
      },
    },
  ];
}

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'storybook-static/',
      'coverage/',
      'src/i18n/locales/',
      'src/i18n/locale-codes.ts',
      'bench/.tmp/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  litA11y.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Our elements register through defineElement(), which is guarded.
      'wc/guard-super-call': 'off',
    },
  },
  {
    // The support floor: package.json's "browserslist". An API the floor lacks must be guarded
    // (a check with a fallback), or lint fails.
    files: ['src/**/*.ts'],
    ...compat.configs['flat/recommended'],
  },
  // The layers (house style): vocabulary ← schema ← domain ← viz ← components. A module may
  // import from the layers to its left only, so the arrows run one way; lit and the DOM stay
  // out of everything below the components.
  ...layer('src/vocabulary/**', ['schema', 'domain', 'viz', 'internal', 'components', 'i18n']),
  ...layer('src/schema/**', ['domain', 'viz', 'internal', 'components', 'i18n']),
  ...layer('src/domain/**', ['viz', 'internal', 'components', 'i18n']),
  ...layer('src/viz/**', ['internal', 'components', 'i18n']),
  {
    files: ['scripts/**/*.mjs', '*.config.*', 'bench/**/*.mjs', '.storybook/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
