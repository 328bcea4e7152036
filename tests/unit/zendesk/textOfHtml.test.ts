import { textOfHtml } from "../../../src/zendesk/textOfHtml";

/** ZAF's Comment object gives `value` as the comment's HTML (Ticket sidebar docs, "Comment object"). */
describe("textOfHtml()", () => {
  it.each([
    ['<div class="zd-comment"><p dir="auto">ACEPTO</p></div>', "ACEPTO"],
    ["<p>Hola,</p><p>quiero pasar a pospago</p>", "Hola,\nquiero pasar a pospago"],
    ["línea 1<br>línea 2<br/>línea 3", "línea 1\nlínea 2\nlínea 3"],
    ["Ferretería &amp; Cía. &lt;RUC&gt; &quot;80012345-6&quot;", 'Ferretería & Cía. <RUC> "80012345-6"'],
    ["&iquest;Tu c&oacute;digo? 4821 &#10004; &#x1F44B; &Ntilde;", "¿Tu código? 4821 ✔ 👋 Ñ"],
    ["&unknown; queda", "&unknown; queda"],
    ["<script>alert(1)</script>texto", "alert(1)texto"],
    ["", ""],
  ])("reads %j as %j", (html, text) => {
    expect(textOfHtml(html)).toBe(text);
  });
});
