// Cross-referencing, pure: story grouping and conflicts between claims.
export { findConflicts, type ClaimContext } from './conflicts';
export { articleFeatures, linkArticles, storyTerms, type ArticleFeatures, type StoryLink } from './stories';
export { findQuantities, type Quantity, type Measure } from './quantities';
export { findFigures, type Figure } from './numbers';
