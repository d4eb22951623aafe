/** One rejected request field, as listed in a 400 response's `errors`. */
export interface FieldError {
  /** Dotted path of the field in the request body or query, e.g. `appid`, `rollout.percent`. */
  field: string;
  /** What is wrong, in English and Chinese. */
  message: string;
}
