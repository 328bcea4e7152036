export { CATALOG } from "./catalog";
