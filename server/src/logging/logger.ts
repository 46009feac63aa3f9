/** Structured logs: one JSON object per line on stdout, filtered by LOG_LEVEL (quiet by default). */
const LEVELS = { silent: 0, error: 1, warn: 2, info: 3, debug: 4 } as const;
export type LogLevel = keyof typeof LEVELS;

export interface Logger {
  error(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  debug(msg: string, fields?: Record<string, unknown>): void;
}

export function createLogger(level: LogLevel, write: (line: string) => void = (l) => process.stdout.write(`${l}\n`)): Logger {
  const at = (l: Exclude<LogLevel, 'silent'>) => (msg: string, fields: Record<string, unknown> = {}) => {
    if (LEVELS[l] <= LEVELS[level]) write(JSON.stringify({ time: new Date().toISOString(), level: l, msg, ...fields }));
  };
  return { error: at('error'), warn: at('warn'), info: at('info'), debug: at('debug') };
}
