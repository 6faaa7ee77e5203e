import type { FieldDefinition } from '../spreadsheet/field-definition';

/** The signatory fields a spreadsheet column can feed, with their header names in en/fr/es/de/pt/it. */
export const SIGNATORY_FIELDS: readonly FieldDefinition[] = [
  {
    field: 'name',
    label: 'Organization',
    required: true,
    headerNames: [
      'Organization', 'Organisation', 'Organization name', 'Organisation name', 'Name of organization', 'Name of organisation',
      'Name of your organization', 'Name of your organisation', 'Your organization', 'Your organisation', 'Organization or group', 'Organisation or group',
      'Org', 'Name', 'Signatory', 'Signatories', 'Group', 'Institution', 'Association', 'NGO', 'Organizations', 'Organisations', 'Entity',
      'Nom de l’organisation', 'Nom de votre organisation', 'Nom', 'Signataire', 'Signataires', 'Groupe', 'ONG', 'Structure',
      'Organización', 'Organizacion', 'Nombre de la organización', 'Nombre de su organización', 'Nombre', 'Firmante', 'Firmantes', 'Entidad',
      'Institución', 'Asociación', 'Organizaciones',
      'Organisationsname', 'Name der Organisation', 'Verein', 'Einrichtung', 'Unterzeichner', 'Unterzeichnende', 'Träger',
      'Organização', 'Organizacao', 'Nome da organização', 'Nome', 'Entidade', 'Signatário', 'Signatária', 'Signatários', 'Instituição', 'Associação', 'Organizações',
      'Organizzazione', 'Nome dell’organizzazione', 'Ente', 'Firmatario', 'Firmatari', 'Associazione',
    ],
  },
  {
    field: 'acronym',
    label: 'Acronym',
    headerNames: ['Acronym', 'Abbreviation', 'Short name', 'Sigle', 'Acronyme', 'Abréviation', 'Acrónimo', 'Siglas', 'Sigla', 'Abkürzung', 'Kurzname', 'Kürzel', 'Acrônimo', 'Acronimo'],
  },
  {
    field: 'country',
    label: 'Country',
    headerNames: [
      'Country', 'Countries', 'Nation', 'Country/Region', 'Country of registration', 'Country of origin', 'Based in', 'Country (where based)',
      'Pays', 'Pays d’enregistrement', 'Pays d’origine',
      'País', 'Pais', 'Países', 'País de registro',
      'Land', 'Staat', 'Länder', 'Herkunftsland', 'Sitz', 'Sitzland',
      'País de origem',
      'Paese', 'Nazione',
    ],
  },
  {
    field: 'contactName',
    label: 'Contact',
    headerNames: [
      'Contact', 'Contact name', 'Contact person', 'Your name', 'Your full name', 'Representative', 'Signed by', 'Full name', 'Focal point', 'Name of contact person',
      'Personne de contact', 'Nom du contact', 'Votre nom', 'Représentant', 'Représentante', 'Point focal',
      'Contacto', 'Persona de contacto', 'Nombre del contacto', 'Su nombre', 'Tu nombre', 'Representante', 'Punto focal',
      'Ansprechpartner', 'Ansprechpartnerin', 'Ansprechperson', 'Kontaktperson', 'Ihr Name', 'Vertreter', 'Vertreterin',
      'Contato', 'Pessoa de contato', 'Pessoa de contacto', 'Nome do contato', 'Seu nome',
      'Referente', 'Persona di contatto', 'Il tuo nome',
    ],
  },
  {
    field: 'email',
    label: 'Email',
    headerNames: [
      'Email', 'E-mail', 'Mail', 'Email address', 'E-mail address', 'Your email', 'Courriel', 'Adresse électronique', 'Adresse e-mail', 'Correo', 'Correo electrónico',
      'E-Mail-Adresse', 'Endereço de e-mail', 'Indirizzo email', 'Posta elettronica',
    ],
  },
  {
    field: 'title',
    label: 'Contact’s title',
    headerNames: [
      'Title', 'Position', 'Job title', 'Role', 'Your position', 'Fonction', 'Titre', 'Poste', 'Cargo', 'Título', 'Puesto', 'Funktion', 'Position in der Organisation', 'Função', 'Cargo na organização', 'Ruolo', 'Qualifica',
    ],
  },
  {
    field: 'status',
    label: 'Status',
    headerNames: ['Status', 'Statut', 'Estado', 'État', 'Confirmed', 'Confirmé', 'Confirmado', 'Confirmada', 'Bestätigt', 'Situação', 'Stato della firma', 'Confermato', 'Consent', 'Zustimmung'],
  },
];
