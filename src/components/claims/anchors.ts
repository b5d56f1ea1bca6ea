/** The anchors of the /claims/ chapter: one per topic and one per claim, shared by the page and its table of contents. */
import { computeClaims } from './claims.ts';

export const topicSlug = (topic: string) => `topic-${topic.toLowerCase().replace(/[^a-z]+/g, '-')}`;
export const claimSlug = (id: string) => `claim-${id}`;

export interface TopicAnchor {
  slug: string;
  text: string;
  claims: Array<{ slug: string; text: string }>;
}

export function claimAnchors(): TopicAnchor[] {
  const claims = computeClaims();
  const topics = [...new Set(claims.map((c) => c.topic))];
  return topics.map((topic) => ({
    slug: topicSlug(topic),
    text: topic,
    claims: claims
      .filter((c) => c.topic === topic)
      .map((c) => ({ slug: claimSlug(c.id), text: c.claim.replace(/`/g, '') })),
  }));
}
