/** A piece of an author's text for a message: quoted, and cut with an ellipsis when long. */
export const shorten = (text: string, max = 60) => JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text);
