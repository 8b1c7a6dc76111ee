/** The descriptions of the sources of pkg/params.js (line format), for `load_data`, after the data. */
declare const data: string;
export default data;
