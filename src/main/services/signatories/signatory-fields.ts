import type { FieldDefinition } from '../spreadsheet/field-definition';

/** The signatory fields a spreadsheet column can feed, with their header names in en/fr/es. */
export const SIGNATORY_FIELDS: readonly FieldDefinition[] = [
  {
    field: 'name',
    label: 'Organization',
    required: true,
    headerNames: [
      'Organization', 'Organisation', 'Organización', 'Organizacion', 'Organization name', 'Organisation name', 'Name of organization',
      'Nom de l’organisation', 'Nombre de la organización', 'Org', 'Name', 'Nom', 'Nombre', 'Signatory', 'Signatories',
      'Signataire', 'Signataires', 'Firmante', 'Firmantes', 'Entidad', 'Institution', 'Institución', 'Group', 'Groupe',
      'Association', 'Asociación', 'NGO', 'ONG', 'Organizations', 'Organisations', 'Organizaciones',
    ],
  },
  { field: 'acronym', label: 'Acronym', headerNames: ['Acronym', 'Abbreviation', 'Short name', 'Sigle', 'Acronyme', 'Abréviation', 'Acrónimo', 'Siglas', 'Sigla'] },
  { field: 'country', label: 'Country', headerNames: ['Country', 'Countries', 'Nation', 'Country/Region', 'Pays', 'País', 'Pais', 'Países', 'Country of registration', 'Pays d’enregistrement'] },
  {
    field: 'contactName',
    label: 'Contact',
    headerNames: [
      'Contact', 'Contact name', 'Contact person', 'Representative', 'Signed by', 'Full name', 'Personne de contact', 'Nom du contact',
      'Représentant', 'Représentante', 'Contacto', 'Persona de contacto', 'Nombre del contacto', 'Representante',
    ],
  },
  { field: 'email', label: 'Email', headerNames: ['Email', 'E-mail', 'Mail', 'Email address', 'Courriel', 'Adresse électronique', 'Adresse e-mail', 'Correo', 'Correo electrónico'] },
  { field: 'title', label: 'Contact’s title', headerNames: ['Title', 'Position', 'Job title', 'Role', 'Fonction', 'Titre', 'Poste', 'Cargo', 'Título', 'Puesto'] },
  { field: 'status', label: 'Status', headerNames: ['Status', 'Statut', 'Estado', 'État', 'Confirmed', 'Confirmé', 'Confirmado'] },
];
