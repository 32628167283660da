import baseConfig from '../../eslint.config.mjs';

// A command-line tool talks to the terminal.
export default [...baseConfig, { files: ['**/*.ts', '**/*.js'], rules: { 'no-console': 'off' } }];
