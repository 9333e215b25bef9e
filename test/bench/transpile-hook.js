// Runs the benchmarks' TypeScript the way production runs its compiled JavaScript: each .ts file is
// transpiled (no type check) with the project's compiler options. Not ts-node: its register hook loads
// Node's REPL and with it node:domain, which wraps every EventEmitter.emit in every process it starts
// (sockets, streams, Bull, nodemailer), a cost `npm start` and the worker do not pay.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const ts = require('typescript');

const { config } = ts.readConfigFile(join(__dirname, '../../tsconfig.json'), ts.sys.readFile);
const compilerOptions = {
  ...ts.convertCompilerOptionsFromJson(config.compilerOptions, join(__dirname, '../..')).options,
  sourceMap: false,
  inlineSourceMap: false,
  incremental: false,
  tsBuildInfoFile: undefined,
};

require.extensions['.ts'] = (module, fileName) => {
  const { outputText } = ts.transpileModule(readFileSync(fileName, 'utf8'), { compilerOptions, fileName });
  module._compile(outputText, fileName);
};
