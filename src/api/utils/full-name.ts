/** "First Last" of a customer or user, or undefined when neither is set. */
export function fullName(person: { first_name?: string | null; last_name?: string | null }) {
  const name = [person.first_name, person.last_name].filter(Boolean).join(" ").trim()
  return name || undefined
}
