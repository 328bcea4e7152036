import { VALUE_FORMATS, type ValueFormat } from "../../../src/flows/schema";
import { validateValue } from "../../../src/engine";

/** Samples per format, as agents type them: [format, value, valid]. */
const SAMPLES: [ValueFormat, string, boolean][] = [
  ["text", "Gobernación de La Paz", true],
  ["text", "   ", false],
  ["text", "", false],
  ["number", "150", true],
  ["number", "150.50", true],
  ["number", "150,50", true],
  ["number", "-150", false],
  ["number", "150.", false],
  ["number", "Bs 150", false],
  ["date", "2026-06-09", true],
  ["date", "09/06/2026", true],
  ["date", "9/6/2026", false],
  ["date", "2026/06/09", false],
  ["email", "ana@example.com", true],
  ["email", "  ana.perez+tigo@tigo.com.bo ", true],
  ["email", "ana@example", false],
  ["email", "ana @example.com", false],
  ["email", "ana@example.c", false],
  ["email", "ana@@example.com", false],
  ["phoneIntl", "595981611611", true],
  ["phoneIntl", "59177390000", true],
  ["phoneIntl", "0981611611", false],
  ["phoneIntl", "+595981611611", false],
  ["phoneIntl", "981611", false],
  ["phonePy", "595981611611", true],
  ["phonePy", "0981611611", false],
  ["phonePy", "+595981611611", false],
  ["phonePy", "59598161161", false],
  ["phonePy", "595 981 611 611", false],
  ["phoneBo", "77390000", true],
  ["phoneBo", "61234567", true],
  ["phoneBo", "59177390000", true],
  ["phoneBo", "+59177390000", false],
  ["phoneBo", "27390000", false],
  ["phoneBo", "7739000", false],
  ["phoneEc", "0991234567", true],
  ["phoneEc", "593991234567", true],
  ["phoneEc", "991234567", false],
  ["phonePe", "987654321", true],
  ["phonePe", "51987654321", true],
  ["phonePe", "012345678", true],
  ["phonePe", "87654321", false],
  ["phonePe", "+51987654321", false],
  ["ciBo", "1234567 LP", true],
  ["ciBo", "1234567", true],
  ["ciBo", "1234567LP", true],
  ["ciBo", "1234567-1A", true],
  ["ciBo", "1234567-1A sc", true],
  ["ciBo", "1234567 XX", false],
  ["ciBo", "LP 1234567", false],
  ["ciBo", "1234", false],
  ["ciPy", "1234567", true],
  ["ciPy", "1234", false],
  ["ciPy", "1.234.567", false],
  ["nitBo", "1023456029", true],
  ["nitBo", "123456", false],
  ["nitBo", "1023456029-1", false],
  ["rucPy", "80012345-6", true],
  ["rucPy", "1234567-8", true],
  ["rucPy", "80012345", false],
  ["rucPy", "80012345-67", false],
  ["rucPe", "20123456789", true],
  ["rucPe", "10123456789", true],
  ["rucPe", "30123456789", false],
  ["rucPe", "2012345678", false],
  ["url", "https://tigo.com.bo/planes", true],
  ["url", "http://infosiscon.com/entidades-sicoes.html", true],
  ["url", "tigo.com.bo", false],
  ["url", "ftp://tigo.com.bo", false],
];

describe("validateValue()", () => {
  test.each(SAMPLES)("%s: %j is %s", (format, value, valid) => {
    expect(validateValue(format, value)).toBe(valid);
  });

  it("has valid and invalid samples for every format", () => {
    for (const format of VALUE_FORMATS) {
      expect(SAMPLES.some(([f, , ok]) => f === format && ok), `${format} valid`).toBe(true);
      expect(SAMPLES.some(([f, , ok]) => f === format && !ok), `${format} invalid`).toBe(true);
    }
  });
});
