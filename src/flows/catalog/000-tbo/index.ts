import type * as z from "zod/mini";
import type { Flow } from "../../schema";
import { cuentaSteps } from "./cuenta";
import { escalationStepId } from "./escalation";
import { facturacionSteps } from "./facturacion";
import { saldoSteps } from "./saldo";
import { wifiSteps } from "./wifi";

/** Seed 000: Errores y Reclamos TBO (Tigo Business Online), Tigo Paraguay, Call Center Masivo / Digital Masivo. */
export const tbo: z.input<typeof Flow> = {
  id: "tbo",
  seed: "000",
  title: "Reclamos TBO (Tigo Business Online)",
  summary:
    "Errores y reclamos de la plataforma TBO: verificaciones previas, derivación vía SysHelp a Back Office pymes (Customer.Colaborador / Soporte PYMES / BO Pymes.Inconvenientes TBO regional) con los datos obligatorios, y seguimiento al cierre del SysHelp.",
  match: {
    channels: ["email", "web", "voice", "native_messaging"],
    subjectWords: [
      "TBO",
      "Tigo Business",
      "Business Online",
      "Tigo ID",
      "contraseña",
      "RUC",
      "wifi 360",
      "Bancard",
      "débito automático",
      "transferir saldo",
    ],
  },
  start: "tbo.inicio",
  steps: [
    {
      id: "tbo.inicio",
      kind: "question",
      title: "Errores y Reclamos TBO",
      ref: "Errores y Reclamos TBO",
      instructions: [
        "Debes ingresar en cada uno de los Items, de acuerdo al error que expresa el cliente y realizar las verificaciones/derivaciones correspondientes para la solución del caso.",
      ],
      question: "¿Qué reclamo presenta el cliente?",
      options: [
        { id: "reseteo-contrasena", label: "Reseteo de Contraseña", next: "tbo.reseteo-contrasena" },
        {
          id: "codigo-tigo-id",
          label: "No envía el código de verificación de TIGO ID",
          next: escalationStepId("tbo.codigo-tigo-id"),
        },
        {
          id: "autocreacion",
          label: "Hizo la auto creación, no le funciona, un asesor le creó pero da error",
          next: escalationStepId("tbo.autocreacion"),
        },
        {
          id: "error-creacion-cuenta",
          label: "Error en creación de cuenta TBO",
          hint: '"Los datos son erroneos o el servicio web ha fallado, por favor intente de nuevo mas tarde"',
          next: escalationStepId("tbo.error-creacion-cuenta"),
        },
        {
          id: "abm-usuario",
          label: "Alta, Baja, Modificación de usuario y/o empresa",
          hint: "Un usuario que ya había solicitado la baja, aún cuenta con acceso",
          next: escalationStepId("tbo.abm-usuario"),
        },
        { id: "transferir-saldo", label: "No puedo transferir saldo", next: "tbo.transferir-saldo" },
        { id: "consumo-movil", label: "No puedo visualizar mi consumo móvil", next: "tbo.consumo-movil" },
        { id: "pago", label: "No puedo realizar un pago", next: "tbo.pago" },
        { id: "descarga-factura", label: "No puedo descargar mi factura", next: "tbo.descarga-factura" },
        { id: "wifi-360", label: "No funciona wifi 360", next: "tbo.wifi-360" },
        { id: "contratos", label: "No se listan todos mis contratos", next: escalationStepId("tbo.contratos") },
        { id: "debito-automatico", label: "Inconvenientes con Débito Automático", next: "tbo.debito-automatico" },
        {
          id: "pantalla-blanco",
          label: "El cliente inicia sesión pero la pantalla queda en blanco",
          next: escalationStepId("tbo.pantalla-blanco"),
        },
        { id: "correo-notificacion", label: "No me llega ningún correo de notificación", next: "tbo.correo-notificacion" },
        { id: "pin-caducado", label: "El pin de Tigo ID ha caducado", next: "tbo.pin-caducado" },
        {
          id: "doble-notificacion",
          label: "Al cliente le llegan dos notificaciones de creación de su cuenta",
          next: escalationStepId("tbo.doble-notificacion"),
        },
      ],
    },
    ...cuentaSteps,
    ...saldoSteps,
    ...facturacionSteps,
    ...wifiSteps,
  ],
  notes: [
    {
      text: "La descripción de los seeds habla de diecisiete tipos de reclamo, pero el documento lista dieciséis (20 bloques \"Asesor:\" contando los sub-escenarios de \"No puedo transferir saldo\" y \"No puedo realizar un pago\"). Se codificaron los dieciséis. ¿Falta un ítem en el documento?",
    },
    {
      text: "El documento no nombra ninguna macro, estado de ticket ni Estado de Pedido para estos reclamos: el flujo no escribe ninguno. Tampoco indica el canal exacto (\"Call Center Masivo / Digital Masivo\"): se eligieron email, web, voice y native_messaging.",
    },
    {
      stepId: "tbo.reseteo-contrasena",
      text: "\"le comparte el artículo del centro de ayudas, el mismo se encuentra aquí\": el enlace no vino en el documento. Queda como instrucción sin URL; falta la dirección del artículo.",
    },
    {
      stepId: "tbo.codigo-tigo-id.solucionado",
      text: "Artículo \"¿Cómo activo mi contraseña de Tigo Business Online?\" citado sin URL: queda como instrucción. Falta la dirección del artículo.",
    },
    {
      stepId: "tbo.error-creacion-cuenta.syshelp",
      text: "La lista de datos para la creación manual tiene viñetas vacías antes y después (¿datos que se perdieron?). \"Número de RUC/ CI de la/s empresa/s\" admite RUC o CI y una o varias empresas: se tipó como texto libre, no como rucPy.",
    },
    {
      stepId: "tbo.transferir-saldo.linea-no-existe.syshelp",
      text: "Transferencia de saldo: el paréntesis habitual pide correo y n° de línea y la lista pide además \"Número de teléfono del usuario\" y las líneas origen/destino; se pidieron todos aunque alguno pueda repetirse. \"sado\" del documento se escribió \"saldo\". Los textos a decir al cliente (formato, solo líneas TIGO, saldo insuficiente) son indicaciones del documento, no guiones literales.",
    },
    {
      stepId: "tbo.consumo-movil",
      text: "\"Ejemplo del error:\" remite a una imagen que no vino (secciones 1 y 2). El chequeo de SMS remite a la \"sección 2\", igual que el de minutos: ¿debería ser la sección 3? Se dejó como dice el documento.",
    },
    {
      stepId: "tbo.consumo-movil.detalle-consumo.syshelp",
      text: "Para \"Detalle de consumo\" e \"Histórico Internet Adicional\" el documento da solo \"SysHelp a Back Office pymes: Customer.Customer\", sin SubTipo ni Control. Se codificó Tipo = Customer.Customer; confirmar la ruta completa.",
    },
    {
      stepId: "tbo.consumo-movil.internet-gb.syshelp",
      text: "Consumo móvil: los datos obligatorios son una copia de la lista de transferencia de saldo (incluye \"El número de línea al que se le quiere transferir el saldo\") y se introducen como \"escalar el error al Soporte Corporativo/Soporte Centralizado BO a través de un ticket SD\", mientras las viñetas dicen SysHelp a Back Office pymes. Se mantuvieron la lista (obligatoria) y SysHelp como dice el documento; confirmar qué datos y qué sistema aplican.",
    },
    {
      stepId: "tbo.pago.no-aplicado.syshelp",
      text: "Pago no aplicado: la imagen \"Notificación del error:\" no vino. La ruta viene como un solo camino \"Finanzas.Solicitudes al Area de Cobranzas.Verificacion de Pago\" sin separar Tipo/SubTipo/Control: se guardó como una entrada \"Ruta\" en SysHelp (el documento dice \"Una vez cerrado el SysHelp\"). \"con los datos obligatorios\" no dice cuáles: se piden el comprobante de pago y la descripción.",
    },
    {
      stepId: "tbo.descarga-factura.syshelp",
      text: "\"Tener en cuenta el siguiente cuadro\": el cuadro no vino. El documento no dice qué hacer si el PDF NO se generó correctamente: quedó como verificación obligatoria antes de escalar. La lista de datos tiene viñetas vacías; \"Nombre, correo y número de contacto\" se pidió además del n° de línea del paréntesis.",
    },
    {
      stepId: "tbo.descarga-factura.ciclo.syshelp",
      text: "El escalamiento por más de un ciclo de facturación no lista datos obligatorios: se pide la descripción y el contrato queda opcional.",
    },
    {
      stepId: "tbo.wifi-360.no-hfc",
      text: "Wifi 360: la imagen del ejemplo no vino, la viñeta de verificación aparece duplicada y hay viñetas vacías. El speech mezcla \"usted posee\" y \"no podrás\"; se dejó literal con XXX y ____ para que el asesor complete cuenta y servicio.",
    },
    {
      stepId: "tbo.debito-automatico",
      text: "Débito automático: las viñetas vienen aplanadas y repetidas al final (\"Consultarle al cliente si desea…\", \"Si no se afilió:\"). No dice qué hacer si la afiliación sí se efectuó (el flujo termina ahí). El escalamiento se ubicó solo en la rama \"responde que no\" (el speech anuncia el escalamiento); confirmar si también aplica tras la afiliación hecha por el asesor.",
    },
  ],
};
