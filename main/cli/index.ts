import { processIo } from './cli-io';
import { runCli } from './program';

// The `adloom` command. Exit codes: 0 success, 1 failure (one line on stderr), 2 usage error.
const code = await runCli(process.argv.slice(2), processIo());
process.exitCode = code;
