import { SaxesParser } from 'saxes';

type Options = { xmlns: true; position: true };

/**
 * saxes keeps each event handler in a property that `on()` adds to the parser object. After a handful of added
 * properties V8 turns the object into a slow dictionary-mode object, and every field read in saxes's
 * per-character loop becomes a hash look-up. Declaring every handler field up front keeps the object's shape
 * fixed; parsing becomes about 2.5 times faster (docs/performance.md). The fields start undefined, exactly as
 * saxes expects of a handler that is not set. (They are private in saxes's typings, hence the cast.)
 */
const Base = SaxesParser as unknown as new (options: Options) => object;
class ShapedSaxesParser extends Base {
  xmldeclHandler = undefined;
  textHandler = undefined;
  piHandler = undefined;
  doctypeHandler = undefined;
  commentHandler = undefined;
  openTagStartHandler = undefined;
  attributeHandler = undefined;
  openTagHandler = undefined;
  closeTagHandler = undefined;
  cdataHandler = undefined;
  errorHandler = undefined;
  endHandler = undefined;
  readyHandler = undefined;
}

export function newSaxesParser(): SaxesParser<Options> {
  return new ShapedSaxesParser({ xmlns: true, position: true }) as unknown as SaxesParser<Options>;
}
