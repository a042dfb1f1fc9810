import { ConduitError, ConfigurationError, redact } from '@conduit/core';
import { doctorProviders } from '../doctor/doctor-providers.js';
import { paint, statusPaint } from '../ui/paint.js';
import { renderTable } from '../ui/render-table.js';
import { detectTerminalStyle, type TerminalStyle } from '../ui/terminal-style.js';

/** Options of `conduit doctor`. */
export interface DoctorOptions {
  /** Also make one cheap authenticated request per configured provider. */
  ping?: boolean;
  /** Where the findings table goes (default stdout). */
  output?: NodeJS.WriteStream;
  /** Colours (default: detected from `output` and `NO_COLOR`). */
  style?: TerminalStyle;
}

/** One provider's diagnosis. */
export interface DoctorFinding {
  /** Provider display name. */
  provider: string;
  /** The environment variable holding its key. */
  variable: string;
  /** The verdict. */
  status: 'ok' | 'not set' | 'invalid' | 'unreachable';
  /** What was found and how to fix it (redacted). */
  detail: string;
}

/**
 * Checks every provider's key (present, documented format), its environment and, with `ping`,
 * connectivity. Never prints a key: every message passes through `redact()`. Returns the findings;
 * the caller exits non-zero when any is `invalid` or `unreachable`, or when no key is set at all.
 */
export async function runDoctor(options: DoctorOptions = {}): Promise<DoctorFinding[]> {
  const output = options.output ?? process.stdout;
  const style = options.style ?? detectTerminalStyle(output);
  const findings: DoctorFinding[] = [];
  for (const provider of doctorProviders) {
    const base = { provider: provider.name, variable: provider.environmentVariable };
    if (!process.env[provider.environmentVariable]?.trim()) {
      findings.push({ ...base, status: 'not set', detail: `export ${provider.environmentVariable}=… to use ${provider.name}` });
      continue;
    }
    let connection: ReturnType<typeof provider.connect>;
    try {
      connection = provider.connect();
    } catch (error) {
      const message = ConfigurationError.isInstance(error) ? error.message : `unexpected: ${String(error)}`;
      findings.push({ ...base, status: 'invalid', detail: `${message} Fix the value of ${provider.environmentVariable}.` });
      continue;
    }
    if (!options.ping) {
      findings.push({ ...base, status: 'ok', detail: `format valid; ${connection.environment}` });
      continue;
    }
    try {
      await connection.ping();
      findings.push({ ...base, status: 'ok', detail: `reachable; ${connection.environment}` });
    } catch (error) {
      const what = ConduitError.isInstance(error) ? `${error.name}: ${error.message}` : String(error);
      findings.push({ ...base, status: 'unreachable', detail: `${what} (check the key's environment and your network)` });
    }
  }
  output.write(
    `${renderTable(
      ['provider', 'variable', 'status', 'detail'],
      findings.map((finding) => [finding.provider, finding.variable, finding.status, redact(finding.detail)]),
      (padded, cell, column) => {
        const how = column === 2 ? statusPaint(cell) : undefined;
        return how ? paint(padded, how, style) : padded;
      },
    )}\n`,
  );
  return findings;
}

/** Exit code for a set of findings: 1 when something is wrong or nothing is configured. */
export function doctorExitCode(findings: DoctorFinding[]): number {
  const broken = findings.some((finding) => finding.status === 'invalid' || finding.status === 'unreachable');
  const configured = findings.some((finding) => finding.status === 'ok');
  return broken || !configured ? 1 : 0;
}
