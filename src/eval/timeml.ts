export async function runTimeml(_args: readonly string[]): Promise<void> {}
