// CPU time a process and its descendants have used, from /proc (Linux): a server's CPU per
// request moves far less with other work on the machine than its requests per second do.
import { readdirSync, readFileSync } from 'node:fs';

const ticksPerSecond = 100; // USER_HZ, 100 on Linux

function stat(pid: number): { ppid: number; ticks: number } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return undefined;
  }
}

/** Milliseconds of CPU (user + system) used so far by `pid` and every live descendant. */
export function treeCpuMs(pid: number): number {
  const all = new Map<number, { ppid: number; ticks: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const s = stat(Number(name));
    if (s) all.set(Number(name), s);
  }
  const inTree = (p: number): boolean => {
    for (let at = p, hops = 0; at > 1 && hops < 64; hops++) {
      if (at === pid) return true;
      at = all.get(at)?.ppid ?? 0;
    }
    return false;
  };
  let ticks = 0;
  for (const [p, s] of all) if (inTree(p)) ticks += s.ticks;
  return (ticks * 1000) / ticksPerSecond;
}
