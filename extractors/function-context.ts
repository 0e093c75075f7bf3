// GUIDELINES Responsibilities: lists "of functions or duties". The words of a heading,
// lead-in, title or table column that announce them: a prior for a list's role and the way
// to find a unit table's duty column, never a gate on their own.
export const FUNCTION_CONTEXT =
  /\b(functions?|responsibilit(y|ies)|duties|duty|tasks|mandate|remit|powers|objects (?:of|for which)|what (we|it|they) (do|does)|what does|responsible for|roles?|(subjects|matters|business) (handled|dealt with|allocated|assigned))\b/i;
