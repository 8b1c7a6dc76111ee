/** The policy parameter data (line format), for `load_data`. */
declare const data: string;
export default data;
