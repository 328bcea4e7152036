import type { MacroSpec } from "./procedureMacros";

const CATEGORIES: [string, string[]][] = [
  ["Facturación", ["Consulta de saldo", "Factura duplicada", "Cambio de ciclo", "Pago no reflejado", "Nota de crédito", "Factura electrónica", "Débito automático", "Refinanciamiento", "Cobro indebido", "Envío de factura"]],
  ["Soporte Técnico", ["Reinicio de módem", "Sin señal", "Lentitud de internet", "Configuración APN", "Cambio de clave WiFi", "Visita técnica", "Corte masivo", "Equipo dañado", "Prueba de velocidad", "Falla de TV"]],
  ["Roaming", ["Activación", "Paquetes disponibles", "Tarifas por país", "Desactivación", "Consumo en el exterior", "Sin servicio en el exterior", "Roaming de datos", "Llamadas entrantes", "Reclamo de cobro", "Consulta general"]],
  ["Portabilidad", ["Requisitos", "Estado de solicitud", "Rechazo por deuda", "Fecha de ventana", "Cancelación", "Chip no activado", "Número incorrecto", "Documentos", "Oficinas", "Seguimiento"]],
  ["Equipos", ["Garantía", "Financiamiento", "Stock", "Desbloqueo", "Reposición por robo", "Seguro de equipo", "Envío a domicilio", "Devolución", "Estado de reparación", "Accesorios"]],
  ["Reclamos", ["Registro", "Seguimiento", "Cierre", "Escalamiento", "Reapertura", "Plazo de respuesta", "Defensa del consumidor", "Reclamo reiterado", "Compensación", "Encuesta"]],
  ["Ventas", ["Planes vigentes", "Promoción del mes", "Combo hogar", "Línea adicional", "Upgrade de plan", "Cobertura", "Contrato", "Renovación", "Descuento corporativo", "Referidos"]],
  ["Cuenta", ["Cambio de titular", "Actualización de datos", "Baja de servicio", "Suspensión temporal", "Reactivación", "Duplicado de chip", "Clave de acceso", "Mi Tigo App", "Bloqueo por robo", "Desbloqueo PUK"]],
  ["General", ["Saludo", "Despedida", "Fuera de horario", "Transferencia a otra área", "Solicitud de datos", "Confirmación de recepción", "Tiempo de espera", "Encuesta de satisfacción", "Spam", "Duplicado"]],
  ["Internet Hogar", ["Instalación", "Traslado", "Cambio de plan", "Router adicional", "Fibra óptica", "Corte por pago", "Reconexión", "IP fija", "Control parental", "Mesh WiFi"]],
];

/**
 * About a hundred macros unrelated to the procedures, so listing macros needs more than one page
 * (Zendesk returns at most 100 a page). Two are inactive, as real accounts keep retired macros.
 */
export function unrelatedMacroSpecs(): MacroSpec[] {
  const specs: MacroSpec[] = [];
  for (const [category, items] of CATEGORIES) {
    items.forEach((item, index) => {
      specs.push({
        title: `${category}::${item}`,
        status: index % 3 === 0 ? "solved" : index % 3 === 1 ? "pending" : undefined,
        comment: `Hola, gracias por contactarnos. Sobre tu consulta de ${category.toLowerCase()} (${item.toLowerCase()}): te compartimos la información correspondiente.`,
        active: !(category === "General" && (item === "Spam" || item === "Duplicado")),
      });
    });
  }
  return specs;
}
