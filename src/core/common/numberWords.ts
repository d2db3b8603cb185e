/**
 * Number words and their values ("two" … "twenty", the tens, "hundred", "dozen"): the one list of
 * them, for the number discrepancies (figures written in words) and the quote pass (a number word
 * is no one's name: "One of them was “pushed”, they said"). "one" is left out: it is as often a
 * pronoun ("one dealer", "no one") as a count.
 */
export const NUMBER_WORDS: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
});
