import { render } from "preact";

render(<p>Ruta</p>, document.getElementById("app")!);
