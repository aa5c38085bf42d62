// Node.js options for the process that serves the app. `next start` serves in the process it is
// started in, so they go on its command line: node <these> node_modules/next/dist/bin/next start
// (V8 flags other than a short list are refused in NODE_OPTIONS). bench/export.ts runs its export
// child with them too, so that it measures what the server does.
//
// --heap-growing-percent=50: after each full garbage collection V8 lets the old generation grow to
// 1.5× what survived before it collects again, instead of up to 4× on a machine with this much
// memory. An export reads its rows through pg and Prisma, and about 1.2 KB a row ends in the old
// generation as garbage (pages of 50 to 5,000 rows alike, with plain pg too); with the default factor
// an export of 100,000 let ~100 MB of it pile up before each full collection, so its peak RSS was
// 1.2–1.3× that of 10,000 (bench/export.ts). With 1.5× it is within 1.1× of it, for ~10 more full
// collections of ~10 ms each. Unlike --max-old-space-size it caps nothing: the heap still grows as
// far as the live data needs.
export const serverNodeOptions: readonly string[] = ['--heap-growing-percent=50'];
