import type { ExampleContent, ExampleIds } from "./content";

/** Pasos 1 a 3 del ejemplo en español: qué vende el taller, quién más lo vende y a quién. */
export function marketEs(id: ExampleIds): Pick<ExampleContent, "offerings" | "competitors" | "demographics"> {
  return {
    offerings: {
      categories: [
        { id: id("category.guitars"), name: "Guitarras" },
        { id: id("category.services"), name: "Servicios" },
      ],
      offerings: [
        {
          id: id("offering.student"),
          categoryId: id("category.guitars"),
          name: "Guitarra serie Estudio",
          definition:
            "Guitarra clásica con tapa maciza de cedro, hecha en el taller en tandas de diez y vendida a 650 € con un ajuste gratis a los tres meses.",
          objective:
            "Ganarnos pronto a los guitarristas jóvenes, para que vuelvan a reparar y, años después, a por una guitarra de concierto.",
          weight: 3,
          revenueShare: 35,
          tier: "growth",
          audience: "Estudiantes y guitarristas jóvenes a los que se les ha quedado pequeña su primera guitarra y que tienen poco dinero.",
        },
        {
          id: id("offering.concert"),
          categoryId: id("category.guitars"),
          name: "Guitarra de concierto por encargo",
          definition:
            "Guitarra hecha por completo a mano a la medida y al sonido de quien la toca, en abeto o cedro y palosanto, entregada en unos cuatro meses desde 3.800 €.",
          objective: "Sostener el nombre del taller y la mayor parte de su margen.",
          weight: 5,
          revenueShare: 50,
          tier: "core",
          audience: "Guitarristas con experiencia o profesionales que buscan el instrumento del resto de su carrera.",
        },
        {
          id: id("offering.repairs"),
          categoryId: id("category.services"),
          name: "Reparaciones y ajustes",
          definition: "Ajustes, trastes, grietas y puentes de cualquier guitarra, sea nuestra o no, normalmente listas en una semana.",
          objective: "Traer ingresos fijos cada semana y guitarristas nuevos al taller.",
          weight: 2,
          revenueShare: 15,
          tier: "complementary",
          audience: "Guitarristas de la zona cuyo instrumento trastea, se ha agrietado o cuesta tocar.",
        },
      ],
    },
    competitors: {
      competitors: [
        {
          id: id("competitor.chain"),
          name: "MúsicaMax (cadena de tiendas)",
          website: "https://musicamax.example",
          overlap: "Guitarras clásicas de fábrica de 150 € a 1.500 €.",
          revenueModel: "Vende mucho volumen, con financiación y accesorios en cada venta.",
          channels: "Anuncios de compras, comparadores de precios y vídeos de reseñas.",
          notes: "Gana en precio y existencias; los músicos dicen que no saben aconsejar sobre ajustes ni maderas.",
        },
        {
          id: id("competitor.marketplace"),
          name: "Portales de segunda mano",
          website: "",
          overlap: "Guitarras artesanas usadas, a veces de constructores conocidos.",
          revenueModel: "El portal cobra una comisión por cada venta entre particulares.",
          channels: "Búsquedas en el portal y chats con los vendedores.",
          notes: "Baratas, pero no se pueden probar ni se sabe su estado real.",
        },
        {
          id: id("competitor.luthier"),
          name: "Taller Albéniz (guitarrero de Granada)",
          website: "https://taller-albeniz.example",
          overlap: "Guitarras de concierto por encargo.",
          revenueModel: "Encargos con una señal y el resto a la entrega.",
          channels: "Diario de construcción en Instagram, boca a boca en conservatorios, festivales de guitarra.",
          notes: "Nombre excelente, pero más de un año de lista de espera.",
        },
      ],
      channels: [
        { id: id("channel.instagram"), name: "instagram" },
        { id: id("channel.youtube"), name: "youtube" },
        { id: id("channel.facebook"), name: "facebook" },
        { id: id("channel.newsletter"), name: "newsletter" },
        { id: id("channel.search"), name: "search_ads" },
        { id: id("channel.events"), name: "events" },
        { id: id("channel.schools"), name: "Escuelas de música" },
      ],
      digitalProfile: {
        media: ["Foros de guitarra clásica", "Canales de guitarra en YouTube", "Revistas de guitarra"],
        keywords: ["guitarra clásica artesanal", "guitarrero Sevilla", "ajuste guitarra Sevilla", "precio guitarra de concierto"],
        needs: "Oír y probar la guitarra antes de pagarla, y el consejo de alguien que sepa cómo se ha hecho.",
        painPoints:
          "Las guitarras de fábrica suenan todas igual y trastean; las artesanas parecen inalcanzables o llegan tras un año de espera.",
      },
    },
    demographics: {
      ageMin: 17,
      ageMax: 65,
      generations: ["gen_x", "millennials", "gen_z"],
      genders: ["allGenders"],
      locations: ["Sevilla", "Andalucía", "Resto de España (con cita)"],
      household: "Desde estudiantes que viven con su familia hasta profesionales asentados con hijos.",
      occupation: "Estudiantes de música, profesores, músicos en activo y aficionados con otros oficios.",
      economicLevel: "Desde presupuestos ajustados de estudiante hasta rentas medias-altas de músicos asentados.",
      educationLevel: "Muchos formados en conservatorio o escuela de música.",
      languages: ["Español", "Inglés"],
      valuesAndCustoms:
        "Valoran el oficio, la tradición y conocer a quien construye; deciden después de probar el instrumento y de preguntar a su profesor o a otros músicos.",
    },
  };
}
