import bcrypt from 'bcryptjs';

// Cost 10: ≈70 ms per hash with bcryptjs on this machine — slow for guessing, fine for a login.
const COST = 10;

export const hashPassword = (password: string): Promise<string> => bcrypt.hash(password, COST);
export const verifyPassword = (password: string, hash: string): Promise<boolean> => bcrypt.compare(password, hash);
