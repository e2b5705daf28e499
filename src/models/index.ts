export * from './AllowlistIdentifier';
export * from './DeletedObject';
