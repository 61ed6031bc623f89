/**
 * The address tagger: a structured averaged perceptron over hashed token features, tagging address
 * spans (BIO). Inference only; training lives in train/address/. See tag.ts for the pipeline.
 */
export { tagAddresses, type TaggedSpan } from './tag.js';
export { loadAddressModel, setAddressModel, type AddressModel } from './model.js';
