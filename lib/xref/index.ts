// Cross-referencing, pure: claim frames, story grouping and conflicts between reports.
export { findConflicts, type FrameReport } from './conflicts';
export { articleFeatures, linkArticles, storyTerms, type ArticleFeatures, type StoryLink } from './stories';
export { framesOfPage, framesOfSentence } from './frames/index';
export { digestArticle, type ArticleDigest } from './digest';
export { findFigures, type Figure } from './numbers';
