/**
 * `llm-cost run` and its estimator, the only parts of the CLI that need the provider SDKs (openai,
 * the AWS SDK: about half of the code). esbuild.js bundles this file on its own
 * (dist/runEntry.js), so that `scan` and `price` never compile those SDKs.
 */
export { runRunCommand } from './runCommand';
export { runEstimator } from './runEstimator';
