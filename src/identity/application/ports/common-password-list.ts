/** Passwords seen in breaches and guessing lists, which an attacker tries first. */
export abstract class CommonPasswordList {
  abstract contains(password: string): boolean;
}
