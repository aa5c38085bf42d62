// Counts the statements the app sends, by hooking pg's Client#query (the driver adapter's pool
// runs every statement through it, BEGIN and COMMIT included). Classified per connection:
// - inside: between BEGIN and COMMIT/ROLLBACK (not counting those two), or anything but a read sent
//   on its own (a write), which is a transaction of one statement;
// - outside: a read sent outside any transaction: the kind a process cache could answer.
import pg from 'pg';

const shorten = (sql: string) => sql.replace(/\s+/g, ' ').replaceAll('"public".', '').slice(0, 70);
const isRead = (sql: string) => /^\(?\s*(SELECT|WITH|SHOW|VALUES|TABLE)\b/i.test(sql) && !/\b(INSERT|UPDATE|DELETE)\b/i.test(sql);

export type Counted = { inside: number; outside: number; insideSql: string[]; outsideSql: string[] };

export function countStatements() {
  const inTransaction = new WeakSet<object>();
  let counted: Counted = { inside: 0, outside: 0, insideSql: [], outsideSql: [] };
  const original = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function (this: object, ...args: unknown[]) {
    const first = args[0] as string | { text?: string } | undefined;
    const sql = (typeof first === 'string' ? first : (first?.text ?? '')).trim();
    const head = sql.slice(0, 20).toUpperCase();
    if (/^(BEGIN|START TRANSACTION)/.test(head)) inTransaction.add(this);
    else if (/^(COMMIT|ROLLBACK)/.test(head)) inTransaction.delete(this);
    else if (inTransaction.has(this) || !isRead(sql)) {
      counted.inside++;
      counted.insideSql.push(shorten(sql));
    } else {
      counted.outside++;
      counted.outsideSql.push(shorten(sql));
    }
    return original.apply(this, args);
  } as typeof pg.Client.prototype.query;

  return {
    /** The statements sent while `work` ran (nothing else should be running meanwhile). */
    async during(work: () => Promise<unknown>): Promise<Counted> {
      counted = { inside: 0, outside: 0, insideSql: [], outsideSql: [] };
      await work();
      return counted;
    },
    restore() {
      pg.Client.prototype.query = original as typeof pg.Client.prototype.query;
    },
  };
}
