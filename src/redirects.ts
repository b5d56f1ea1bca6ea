/**
 * Old slugs → current chapters. Chapter slugs are permanent; if one is ever renamed, add the
 * old path here so that links from course pages keep working (a test checks every entry).
 */
export const redirects: Record<string, string> = {
  '/pixel/': '/pixels/',
  '/patterns/': '/structure/',
};
