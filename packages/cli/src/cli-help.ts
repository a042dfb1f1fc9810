/** Exit codes of the `conduit` command, as `--help` and the README list them. */
export const exitCodes = {
  /** The command did what was asked. */
  success: 0,
  /** The command ran and found a problem (a workflow failed, a key is invalid or unreachable, nothing to do). */
  failure: 1,
  /** The command line was wrong: unknown command or option, missing value. */
  usage: 2,
} as const;

const exitCodeText = `Exit codes:
  0  success
  1  the command ran and found a problem (see the command's help)
  2  usage error: unknown command or option`;

const environmentText = `Environment:
  NO_COLOR=1   no colours and no progress bars (also off when output is not a terminal, or TERM=dumb)`;

/** The top-level help: `conduit --help`, `conduit help`. */
export const usageText = `Usage: conduit <command> [options]

Commands:
  demo     run every provider's workflow against the embedded mock server (or the real APIs)
  doctor   check each provider's key, format and environment
  help     show help for a command: conduit help <command>

Options:
  -h, --help      show this help (conduit <command> --help for a command's)
  -v, --version   print the version

${environmentText}

${exitCodeText}
`;

/** Help of each command: `conduit <command> --help`, `conduit help <command>`. */
export const commandHelp: Readonly<Record<'demo' | 'doctor', string>> = {
  demo: `Usage: conduit demo [--live] [--only id,id]

Runs every provider's workflow through the real clients against the embedded mock server, with one
429 and one 503 injected per provider so retries show, then prints a summary table.

Options:
  --live          against the real APIs, for the providers whose key is set (others are skipped)
  --only <ids>    only these providers: viddyscribe,hesedvid,scriptix,apivideo,genai
  -h, --help      show this help

Exit codes:
  0  every selected workflow succeeded
  1  a workflow failed, or --live found no key at all
  2  usage error
`,
  doctor: `Usage: conduit doctor [--ping]

Checks each provider's key: present, in the documented format, which environment it belongs to.
Never prints a key (only its masked form, e.g. vsk_…9yz).

Options:
  --ping          also make one cheap authenticated request per configured provider
  -h, --help      show this help

Exit codes:
  0  every key that is set is valid (and reachable, with --ping)
  1  a key is invalid or unreachable, or no key is set at all
  2  usage error
`,
};
