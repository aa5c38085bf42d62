// The app's own shape of an annotation, reshaped from rows at the data layer's edge. The JSON
// API, the UI and the exporters all use it.
import type { Anchor } from '@/lib/anchoring/anchor-target';
import type { Color, Visibility } from '@/lib/validations/annotation';

export type Person = { id: string; name: string };

/** Where a target sits in the current text (see lib/anchoring/anchor-target.ts). */
export type TargetAnchor = Anchor;

export type AnnotationTarget = {
  segmentId: string;
  /** Position of the segment in the document, for text order. */
  segmentPosition: number;
  language: string;
  /** Code points of the segment's NFC text, as stored when the annotation was made. */
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  /** Where the target sits in the current text. */
  anchor: TargetAnchor;
};

export type Reply = {
  id: string;
  author: Person;
  body: string;
  createdAt: string;
  updatedAt: string;
};

export type Annotation = {
  id: string;
  documentSlug: string;
  language: string;
  color: Color;
  comment: string;
  tags: string[];
  visibility: Visibility;
  author: Person;
  createdAt: string;
  updatedAt: string;
  /**
   * Deleted while it had replies: comment and tags are gone; the targets stay so that the thread
   * keeps its place in the text, but the UI draws no highlight for it.
   */
  deleted: boolean;
  status: 'anchored' | 'orphaned';
  targets: AnnotationTarget[];
  replies: Reply[];
};

/**
 * Counts for the side panel, over the annotations the viewer may read (deleted placeholders left
 * out): `visible` and `mine` for the scope switch; `byLanguage` and `byColor` within the chosen
 * scope, whatever the other filters, so that each filter option can show what it would give.
 */
export type AnnotationCounts = {
  visible: number;
  mine: number;
  byLanguage: Record<string, number>;
  byColor: Record<Color, number>;
};

/** A page of `GET /api/documents/<slug>/annotations`. */
export type AnnotationList = {
  items: Annotation[];
  /** How many annotations match the filters, over all pages. */
  total: number;
  offset: number;
  limit: number;
  /** Pass as `after` for the page that follows; null on the last page. */
  nextCursor: string | null;
  counts: AnnotationCounts;
};

