/** Adds a YYYY-MM-DD day to a sorted list, once. */
export function addDay(days: readonly string[], day: string): string[] {
  return days.includes(day) ? [...days] : [...days, day].sort();
}

export function removeDay(days: readonly string[], day: string): string[] {
  return days.filter((d) => d !== day);
}
