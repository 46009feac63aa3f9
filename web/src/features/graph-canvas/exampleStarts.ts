/**
 * The three example starting points on the empty screen, by stable id (the names are fetched, so they
 * follow the data): a bureau, a gemeente and a theme — one per kind of user question.
 */
export const EXAMPLE_START_IDS = ['consultancy-kern-konsult', 'gemeente-den-helder', 'eigenKracht'];
