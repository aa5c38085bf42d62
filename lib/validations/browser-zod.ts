// Imported first by the schema modules the browser loads. zod decides, as each object schema is
// built, whether to compile its parser with new Function, probing for eval: a probe the pages'
// Content-Security-Policy refuses and reports. In the browser, which parses only a few short
// values (the notes filters in the address), zod's interpreter does as well; the server keeps the
// compiled parsers.
import { config } from 'zod';

if (typeof window !== 'undefined') config({ jitless: true });
