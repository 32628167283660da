/** MongoDB's (and FerretDB's) error for an insert or upsert that met an existing key. */
export const isDuplicateKey = (err: unknown): boolean => (err as { code?: number } | null)?.code === 11000;
