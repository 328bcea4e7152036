import { VALUE_FORMATS, type ValueFormat } from "../../../src/flows/schema";
import { validateValue } from "../../../src/engine";

/** Samples per format, as agents see and type them: [format, typed, fits, written]. */
const SAMPLES: [ValueFormat, string, boolean, string][] = [
  ["text", "Gobernación de La Paz", true, "Gobernación de La Paz"],
  ["text", "   ", false, ""],
  ["number", "150", true, "150"],
  ["number", "150,50", true, "150,50"],
  ["number", "Bs 150", true, "Bs 150"],
  ["number", "S/ 1.250,00", true, "S/ 1.250,00"],
  ["number", "Gs. 50.000", true, "Gs. 50.000"],
  ["number", "-150", false, "-150"],
  ["number", "ciento cincuenta", false, "ciento cincuenta"],
  ["date", "2026-06-09", true, "2026-06-09"],
  ["date", "9/6/2026", true, "9/6/2026"],
  ["date", "2026/06/09", false, "2026/06/09"],
  ["email", "  ana.perez+tigo@tigo.com.bo ", true, "ana.perez+tigo@tigo.com.bo"],
  ["email", "ana @example.com", false, "ana @example.com"],
  ["email", "ana@example", false, "ana@example"],
  // Bolivia (seed 001): mobiles and La Paz / Santa Cruz landlines, as Zendesk shows them or typed.
  ["phoneBo", "71234567", true, "71234567"],
  ["phoneBo", "+591 71234567", true, "71234567"],
  ["phoneBo", "591 7123-4567", true, "71234567"],
  ["phoneBo", "22441234", true, "22441234"],
  ["phoneBo", "3 3456789", true, "33456789"],
  ["phoneBo", "71234567 / 22441234", true, "71234567 / 22441234"],
  ["phoneBo", "7739000", false, "7739000"],
  ["phoneBo", "81234567", false, "81234567"],
  // Paraguay (seed 000): written as the TBO portal wants it, 595 and no "+".
  ["phonePy", "595981611611", true, "595981611611"],
  ["phonePy", "0981611611", true, "595981611611"],
  ["phonePy", "+595 981 611 611", true, "595981611611"],
  ["phonePy", "(021) 123-456", true, "59521123456"],
  ["phonePy", "98161", false, "98161"],
  // Ecuador (seed 002): the seed's own dashed sample, landlines of Quito and Guayaquil.
  ["phoneEc", "099-665-2364", true, "0996652364"],
  ["phoneEc", "+593 99 665 2364", true, "0996652364"],
  ["phoneEc", "02 234 5678", true, "022345678"],
  ["phoneEc", "04-2345678", true, "042345678"],
  ["phoneEc", "0996652", false, "0996652"],
  // Peru (seed 004): mobiles, Lima and Arequipa landlines.
  ["phonePe", "987 654 321", true, "987654321"],
  ["phonePe", "+51 987654321", true, "987654321"],
  ["phonePe", "(01) 234-5678", true, "012345678"],
  ["phonePe", "054 234567", true, "054234567"],
  ["phonePe", "87654321", false, "87654321"],
  // International (Chile, seed 003, and any other country): country code first.
  ["phoneIntl", "+56 9 6123 4567", true, "56961234567"],
  ["phoneIntl", "+56 2 2345 6789", true, "56223456789"],
  ["phoneIntl", "595981611611", true, "595981611611"],
  ["phoneIntl", "0981611611", false, "0981611611"],
  ["phoneIntl", "981611", false, "981611"],
  ["ciBo", "1234567 LP", true, "1234567 LP"],
  ["ciBo", "1234567lp", true, "1234567LP"],
  ["ciBo", "1234567-1A sc", true, "1234567-1A SC"],
  ["ciBo", "1234567 XX", false, "1234567 XX"],
  ["ciPy", "1.234.567", true, "1234567"],
  ["ciPy", "1234", false, "1234"],
  ["nitBo", "1023456029", true, "1023456029"],
  ["nitBo", "123456", false, "123456"],
  ["rucPy", "80012345-6", true, "80012345-6"],
  ["rucPy", "80012345", false, "80012345"],
  ["rucPe", "20 123456789", true, "20123456789"],
  ["rucPe", "30123456789", false, "30123456789"],
  ["url", "https://tigo.com.bo/planes", true, "https://tigo.com.bo/planes"],
  ["url", "javascript:alert(1)", false, "javascript:alert(1)"],
];

describe("validateValue()", () => {
  test.each(SAMPLES)("%s: %j fits: %s, written as %j", (format, typed, fits, written) => {
    expect(validateValue(format, typed)).toEqual({ fits, value: written });
  });

  it("has valid and invalid samples for every format", () => {
    for (const format of VALUE_FORMATS) {
      expect(SAMPLES.some(([f, , ok]) => f === format && ok), `${format} valid`).toBe(true);
      expect(SAMPLES.some(([f, , ok]) => f === format && !ok), `${format} invalid`).toBe(true);
    }
  });
});
