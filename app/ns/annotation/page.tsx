import type { Metadata } from 'next';
import { accordTerms } from '@/lib/export/jsonld-vocabulary';

export const metadata: Metadata = { title: 'Accord annotation terms' };

// The page behind the `accord:` prefix of JSON-LD exports: each term's IRI lands on its entry.
export default function AnnotationTerms() {
  return (
    <div className="message-page">
      <h1>Accord annotation terms</h1>
      <p>
        Accord exports annotations in the <a href="https://www.w3.org/TR/annotation-model/">W3C Web Annotation</a> model and uses it wherever it has a property
        for what we say. These are the few terms it has none for; tools that do not know them may ignore them.
      </p>
      <dl>
        {accordTerms.map((term) => (
          <div key={term.name} id={term.name}>
            <dt>
              <code>accord:{term.name}</code>
            </dt>
            <dd>{term.meaning}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
