import { CostDocuments } from '../hover/costDocuments';
import { openMarkdownPreview } from './openMarkdownPreview';

/** `LLM Cost: Show Price Table`: every enabled host's prices in a Markdown preview. Resolves with the document's URI. */
export function showPriceTableCommand(): () => Promise<string> {
  return async () => {
    const uri = CostDocuments.priceTableUri();
    await openMarkdownPreview(uri);
    return uri.toString();
  };
}
