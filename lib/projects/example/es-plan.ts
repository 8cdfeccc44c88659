import type { PlanTexts } from "./plan";

/** Paso 5 del ejemplo en español, en palabras. */
export const PLAN_ES: PlanTexts = {
  ideas: {
    woods: { topic: "Guitarra de fábrica o tapa maciza: oye la diferencia en un minuto", format: "Vídeo corto" },
    exam: { topic: "Cómo elegir tu guitarra para el examen del conservatorio", format: "Artículo con lista de comprobación" },
    teachers: { topic: "Qué mirar en la guitarra de un alumno: guía para profesores", format: "Guía para imprimir" },
    diary: { topic: "Diario de construcción: una guitarra de concierto de la madera al escenario", format: "Serie de vídeos" },
    hall: { topic: "Desde la última fila: tres de nuestras guitarras en una sala de conciertos", format: "Grabación" },
    buzz: { topic: "Antes y después: arreglar una guitarra que trastea", format: "Reel" },
    summer: {
      topic: "Cuidar tu guitarra en un verano sevillano",
      format: "Boletín",
      addresses: "Mantener la guitarra a punto entre reparaciones",
    },
  },
  social: {
    instagram: {
      purpose: "Estudiantes tocando nuestras guitarras; respuestas sobre probarlas y pagar a plazos",
      frequency: "Tres veces por semana",
      tone: "Cercano y animoso",
    },
    newsletter: {
      purpose: "Jornadas abiertas para las clases y novedades que los profesores puedan contar",
      frequency: "Mensual",
      tone: "De colega a colega",
    },
    youtube: {
      purpose: "Diarios de construcción y grabaciones en salas de concierto",
      frequency: "Dos veces al mes",
      tone: "Sereno y experto",
    },
    facebook: {
      purpose: "Historias de reparaciones y días de ajuste gratis para grupos de la zona",
      frequency: "Semanal",
      tone: "Amable y práctico",
    },
  },
  campaigns: {
    student: {
      objective: "Vender 25 guitarras serie Estudio antes de la época de exámenes",
      successMetric: "25 guitarras vendidas y 60 visitas para probarlas",
    },
    concert: { objective: "Cerrar cuatro encargos en dos festivales de guitarra", successMetric: "4 encargos firmados" },
    repairs: { objective: "Llenar el banco de reparaciones en el mes más flojo", successMetric: "40 reparaciones reservadas" },
  },
};
