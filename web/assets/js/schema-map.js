// Generated from schema.graphql by web/scripts/schema_map.py; do not edit by hand.
export const SCHEMA = {
 "types": {
  "AboutEdge": {
   "description": "The claim concerns the entity.",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "Entity"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "AcceleratorEstimate": {
   "description": "",
   "fields": {
    "accelerators": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Int"
    },
    "chip": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Chip"
    },
    "chipTdpW": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Float"
    },
    "method": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "pue": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Float"
    },
    "serverOverhead": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Float"
    },
    "site": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Entity"
    },
    "siteMw": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Float"
    },
    "wattsPerAccelerator": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Float"
    }
   },
   "interfaces": []
  },
  "AggregateRow": {
   "description": "Count, sum, min, max and mean of a number over matching nodes.",
   "fields": {
    "avg": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Float"
    },
    "count": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Int"
    },
    "counted": {
     "args": [],
     "description": "Nodes where the number is known.",
     "list": false,
     "type": "Int"
    },
    "group": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "max": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Float"
    },
    "min": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Float"
    },
    "sum": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Float"
    }
   },
   "interfaces": []
  },
  "AlumniEdge": {
   "description": "The person held a past role at the firm.",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "Person"
    },
    "person": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Person"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "title": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "AmendedByEdge": {
   "description": "The policy amends the other.",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "Policy"
    },
    "policy": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Policy"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "AmendsEdge": {
   "description": "The policy amends the other.",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "Policy"
    },
    "policy": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Policy"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "AngelInvestorsEdge": {
   "description": "The person invested in the firm.",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "Person"
    },
    "person": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Person"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "AppliesToEdge": {
   "description": "The policy applies in or to the place, grid or firm.",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "Entity"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "Assumptions": {
   "description": "Every scenario parameter the answer was worked out with.",
   "fields": {
    "capitalBasis": {
     "args": [],
     "description": "What a firm's loss-absorbing capital is.",
     "list": false,
     "type": "String"
    },
    "drawnProRata": {
     "args": [],
     "description": "A lender's part of a drawn facility is its commitment x drawn / committed: syndicated facilities are drawn pro rata.",
     "list": false,
     "type": "Boolean"
    },
    "equityRecovery": {
     "args": [],
     "description": "Share of equity invested that is recovered.",
     "list": false,
     "type": "Float"
    },
    "receivableMonths": {
     "args": [],
     "description": "Months of a running contract's service delivered but unpaid at default.",
     "list": false,
     "type": "Float"
    },
    "recoveryRate": {
     "args": [],
     "description": "Share of drawn debt and receivables recovered from the defaulter.",
     "list": false,
     "type": "Float"
    },
    "reletRate": {
     "args": [],
     "description": "Share of capacity or capital committed to serve the defaulter that is re-let or re-sold.",
     "list": false,
     "type": "Float"
    },
    "stressThreshold": {
     "args": [],
     "description": "Stress (loss / capital) from which a firm passes its stress on.",
     "list": false,
     "type": "Float"
    }
   },
   "interfaces": []
  },
  "CapacityRow": {
   "description": "",
   "fields": {
    "group": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "operatingMw": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Float"
    },
    "plannedMw": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Float"
    },
    "sites": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Int"
    }
   },
   "interfaces": []
  },
  "Change": {
   "description": "A fact whose date falls in the window.",
   "fields": {
    "date": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Date"
    },
    "entity": {
     "args": [],
     "description": "The entity, or the relationship's start.",
     "list": false,
     "type": "Entity"
    },
    "event": {
     "args": [],
     "description": "Which date: announced, start, end, effective, rescinded, valid_from, valid_to...",
     "list": false,
     "type": "String"
    },
    "other": {
     "args": [],
     "description": "The relationship's end.",
     "list": false,
     "type": "Entity"
    },
    "relationship": {
     "args": [],
     "description": "The type, when the fact is a relationship.",
     "list": false,
     "type": "String"
    },
    "sources": {
     "args": [],
     "description": "",
     "list": true,
     "type": "Source"
    },
    "summary": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    }
   },
   "interfaces": []
  },
  "Chip": {
   "description": "Chip",
   "fields": {
    "aliases": {
     "args": [],
     "description": "",
     "list": true,
     "type": "String"
    },
    "asOf": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Date"
    },
    "bf16Supported": {
     "args": [],
     "description": "False for a chip without BF16 arithmetic, so an empty bf16_tflops is not a gap.",
     "list": false,
     "type": "Boolean"
    },
    "bf16Tflops": {
     "args": [],
     "description": "Dense BF16 throughput, TFLOPS.",
     "list": false,
     "type": "Float"
    },
    "claims": {
     "args": [
      "asOf"
     ],
     "description": "The claim concerns the entity.",
     "list": true,
     "type": "ClaimsEdge"
    },
    "confidence": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "coveredByDeals": {
     "args": [
      "asOf"
     ],
     "description": "The deal buys, builds or finances the chip or site.",
     "list": true,
     "type": "CoveredByDealsEdge"
    },
    "deployedBy": {
     "args": [
      "asOf"
     ],
     "description": "The company runs the chip in its fleet.",
     "list": true,
     "type": "DeployedByEdge"
    },
    "description": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "designers": {
     "args": [
      "asOf"
     ],
     "description": "The company designs the chip.",
     "list": true,
     "type": "DesignersEdge"
    },
    "form": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "foundries": {
     "args": [
      "asOf"
     ],
     "description": "The chip is made by the foundry.",
     "list": true,
     "type": "FoundriesEdge"
    },
    "fp8Supported": {
     "args": [],
     "description": "False for a chip without FP8 arithmetic, so an empty fp8_tflops is not a gap.",
     "list": false,
     "type": "Boolean"
    },
    "fp8Tflops": {
     "args": [],
     "description": "Dense FP8 throughput, TFLOPS.",
     "list": false,
     "type": "Float"
    },
    "hbmSuppliers": {
     "args": [
      "asOf"
     ],
     "description": "The chip carries high-bandwidth memory from the maker.",
     "list": true,
     "type": "HbmSuppliersEdge"
    },
    "id": {
     "args": [],
     "description": "",
     "list": false,
     "type": "ID"
    },
    "label": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "launchYear": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Int"
    },
    "memoryBandwidthTbps": {
     "args": [],
     "description": "Memory bandwidth, TB/s.",
     "list": false,
     "type": "Float"
    },
    "memoryGb": {
     "args": [],
     "description": "On-package memory, GB.",
     "list": false,
     "type": "Float"
    },
    "memoryType": {
     "args": [],
     "description": "e.g. HBM3E.",
     "list": false,
     "type": "String"
    },
    "name": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "packagers": {
     "args": [
      "asOf"
     ],
     "description": "The chip is packaged (e.g. CoWoS) by the company.",
     "list": true,
     "type": "PackagersEdge"
    },
    "processNode": {
     "args": [],
     "description": "Process node, e.g. 'TSMC 4NP'.",
     "list": false,
     "type": "String"
    },
    "restrictedBy": {
     "args": [
      "asOf"
     ],
     "description": "The policy restricts the chip, firm or country.",
     "list": true,
     "type": "RestrictedByEdge"
    },
    "sources": {
     "args": [],
     "description": "Sources cited for this entity.",
     "list": true,
     "type": "Source"
    },
    "status": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "tdpW": {
     "args": [],
     "description": "Board/module power, watts.",
     "list": false,
     "type": "Float"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    },
    "wikidata": {
     "args": [],
     "description": "Wikidata Q-id.",
     "list": false,
     "type": "String"
    }
   },
   "interfaces": [
    "Entity"
   ]
  },
  "ChipConnection": {
   "description": "",
   "fields": {
    "edges": {
     "args": [],
     "description": "",
     "list": true,
     "type": "ChipEdge"
    },
    "nodes": {
     "args": [],
     "description": "",
     "list": true,
     "type": "Chip"
    },
    "pageInfo": {
     "args": [],
     "description": "",
     "list": false,
     "type": "PageInfo"
    },
    "totalCount": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Int"
    }
   },
   "interfaces": []
  },
  "ChipEdge": {
   "description": "",
   "fields": {
    "cursor": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "node": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Chip"
    }
   },
   "interfaces": []
  },
  "ChipsEdge": {
   "description": "The company designs the chip.",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "chip": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Chip"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "Chip"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "Claim": {
   "description": "A forecast, opinion, thesis or guidance attributed to a speaker, `ABOUT` what it concerns,",
   "fields": {
    "about": {
     "args": [
      "asOf"
     ],
     "description": "The claim concerns the entity.",
     "list": true,
     "type": "AboutEdge"
    },
    "aliases": {
     "args": [],
     "description": "",
     "list": true,
     "type": "String"
    },
    "asOf": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Date"
    },
    "confidence": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "date": {
     "args": [],
     "description": "When it was said.",
     "list": false,
     "type": "Date"
    },
    "description": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "highUsd": {
     "args": [],
     "description": "High end of a range, USD.",
     "list": false,
     "type": "Float"
    },
    "id": {
     "args": [],
     "description": "",
     "list": false,
     "type": "ID"
    },
    "kind": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "label": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "lowUsd": {
     "args": [],
     "description": "Low end of a range, USD.",
     "list": false,
     "type": "Float"
    },
    "madeBy": {
     "args": [
      "asOf"
     ],
     "description": "The person or firm made the claim.",
     "list": true,
     "type": "MadeByEdge"
    },
    "metric": {
     "args": [],
     "description": "The figure a guidance or forecast concerns, e.g. capex_usd.",
     "list": false,
     "type": "String"
    },
    "name": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "periodLabel": {
     "args": [],
     "description": "Period the figure is for, e.g. 'FY2026'.",
     "list": false,
     "type": "String"
    },
    "sources": {
     "args": [],
     "description": "Sources cited for this entity.",
     "list": true,
     "type": "Source"
    },
    "speaker": {
     "args": [],
     "description": "Who said it (also MADE_BY when a node).",
     "list": false,
     "type": "String"
    },
    "text": {
     "args": [],
     "description": "The claim, as said or closely paraphrased.",
     "list": false,
     "type": "String"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    },
    "valueUsd": {
     "args": [],
     "description": "Point figure of the claim, USD.",
     "list": false,
     "type": "Float"
    },
    "wikidata": {
     "args": [],
     "description": "Wikidata Q-id.",
     "list": false,
     "type": "String"
    }
   },
   "interfaces": [
    "Entity"
   ]
  },
  "ClaimsEdge": {
   "description": "The claim concerns the entity.",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "claim": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Claim"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "Claim"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "ClaimsMadeEdge": {
   "description": "The person or firm made the claim.",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "claim": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Claim"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "Claim"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "Company": {
   "description": "Company",
   "fields": {
    "aliases": {
     "args": [],
     "description": "",
     "list": true,
     "type": "String"
    },
    "alumni": {
     "args": [
      "asOf"
     ],
     "description": "The person held a past role at the firm.",
     "list": true,
     "type": "AlumniEdge"
    },
    "angelInvestors": {
     "args": [
      "asOf"
     ],
     "description": "The person invested in the firm.",
     "list": true,
     "type": "AngelInvestorsEdge"
    },
    "asOf": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Date"
    },
    "backlogUsd": {
     "args": [],
     "description": "Backlog or remaining performance obligations, US dollars.",
     "list": false,
     "type": "Float"
    },
    "capexUsd": {
     "args": [],
     "description": "Annual capital expenditure, USD.",
     "list": false,
     "type": "Float"
    },
    "chips": {
     "args": [
      "asOf"
     ],
     "description": "The company designs the chip.",
     "list": true,
     "type": "ChipsEdge"
    },
    "claims": {
     "args": [
      "asOf"
     ],
     "description": "The claim concerns the entity.",
     "list": true,
     "type": "ClaimsEdge"
    },
    "claimsMade": {
     "args": [
      "asOf"
     ],
     "description": "The person or firm made the claim.",
     "list": true,
     "type": "ClaimsMadeEdge"
    },
    "confidence": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "country": {
     "args": [],
     "description": "Headquarters, ISO 3166-1 alpha-2.",
     "list": false,
     "type": "String"
    },
    "customers": {
     "args": [
      "asOf"
     ],
     "description": "The start supplies a product to the end.",
     "list": true,
     "type": "CustomersEdge"
    },
    "deals": {
     "args": [
      "asOf"
     ],
     "description": "The company is a party to the deal in a role.",
     "list": true,
     "type": "DealsEdge"
    },
    "debtUsd": {
     "args": [],
     "description": "Total debt, US dollars.",
     "list": false,
     "type": "Float"
    },
    "deployedChips": {
     "args": [
      "asOf"
     ],
     "description": "The company runs the chip in its fleet.",
     "list": true,
     "type": "DeployedChipsEdge"
    },
    "description": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "fabricatedChips": {
     "args": [
      "asOf"
     ],
     "description": "The chip is made by the foundry.",
     "list": true,
     "type": "FabricatedChipsEdge"
    },
    "financials": {
     "args": [
      "asOf",
      "last"
     ],
     "description": "Reported financial periods, newest first: those ended and published on or before asOf (all without it), at most `last` (1-40).",
     "list": true,
     "type": "FinancialPeriod"
    },
    "fiscalYear": {
     "args": [],
     "description": "Fiscal year the headline financial figures belong to.",
     "list": false,
     "type": "Int"
    },
    "foundedYear": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Int"
    },
    "founders": {
     "args": [
      "asOf"
     ],
     "description": "The person co-founded the firm.",
     "list": true,
     "type": "FoundersEdge"
    },
    "grossMargin": {
     "args": [],
     "description": "Gross margin as a fraction (0-1).",
     "list": false,
     "type": "Float"
    },
    "hbmInChips": {
     "args": [
      "asOf"
     ],
     "description": "The chip carries high-bandwidth memory from the maker.",
     "list": true,
     "type": "HbmInChipsEdge"
    },
    "holdings": {
     "args": [
      "asOf"
     ],
     "description": "The start holds an ownership stake in the end.",
     "list": true,
     "type": "HoldingsEdge"
    },
    "id": {
     "args": [],
     "description": "",
     "list": false,
     "type": "ID"
    },
    "label": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "latestFinancials": {
     "args": [
      "asOf"
     ],
     "description": "The latest period ended and published on or before asOf (today without it).",
     "list": false,
     "type": "FinancialPeriod"
    },
    "name": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "operatedSites": {
     "args": [
      "asOf"
     ],
     "description": "The company operates the site.",
     "list": true,
     "type": "OperatedSitesEdge"
    },
    "owners": {
     "args": [
      "asOf"
     ],
     "description": "The start holds an ownership stake in the end.",
     "list": true,
     "type": "OwnersEdge"
    },
    "packagedChips": {
     "args": [
      "asOf"
     ],
     "description": "The chip is packaged (e.g. CoWoS) by the company.",
     "list": true,
     "type": "PackagedChipsEdge"
    },
    "policiesApplying": {
     "args": [
      "asOf"
     ],
     "description": "The policy applies in or to the place, grid or firm.",
     "list": true,
     "type": "PoliciesApplyingEdge"
    },
    "poweredSites": {
     "args": [
      "asOf"
     ],
     "description": "The utility or energy firm serves the site.",
     "list": true,
     "type": "PoweredSitesEdge"
    },
    "renters": {
     "args": [
      "asOf"
     ],
     "description": "The start rents compute capacity from the end.",
     "list": true,
     "type": "RentersEdge"
    },
    "rentsFrom": {
     "args": [
      "asOf"
     ],
     "description": "The start rents compute capacity from the end.",
     "list": true,
     "type": "RentsFromEdge"
    },
    "reportedPeriods": {
     "args": [
      "asOf"
     ],
     "description": "The company reported the financial period.",
     "list": true,
     "type": "ReportedPeriodsEdge"
    },
    "restrictedBy": {
     "args": [
      "asOf"
     ],
     "description": "The policy restricts the chip, firm or country.",
     "list": true,
     "type": "RestrictedByEdge"
    },
    "revenueRunRateDate": {
     "args": [],
     "description": "Date the run rate was reported for.",
     "list": false,
     "type": "Date"
    },
    "revenueRunRateUsd": {
     "args": [],
     "description": "Annualised revenue run rate a private firm reported, US dollars; never revenue.",
     "list": false,
     "type": "Float"
    },
    "revenueUsd": {
     "args": [],
     "description": "Annual revenue, US dollars.",
     "list": false,
     "type": "Float"
    },
    "roles": {
     "args": [],
     "description": "What the firm does in the chain.",
     "list": true,
     "type": "String"
    },
    "sources": {
     "args": [],
     "description": "Sources cited for this entity.",
     "list": true,
     "type": "Source"
    },
    "staff": {
     "args": [
      "asOf"
     ],
     "description": "The person holds a current role at the firm.",
     "list": true,
     "type": "StaffEdge"
    },
    "subsidisedBy": {
     "args": [
      "asOf"
     ],
     "description": "The policy funds or subsidises the firm or site.",
     "list": true,
     "type": "SubsidisedByEdge"
    },
    "suppliers": {
     "args": [
      "asOf"
     ],
     "description": "The start supplies a product to the end.",
     "list": true,
     "type": "SuppliersEdge"
    },
    "tenantSites": {
     "args": [
      "asOf"
     ],
     "description": "The company rents capacity at the site.",
     "list": true,
     "type": "TenantSitesEdge"
    },
    "ticker": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "topCustomerShare": {
     "args": [],
     "description": "Share of revenue from the largest customer (0-1).",
     "list": false,
     "type": "Float"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    },
    "wikidata": {
     "args": [],
     "description": "Wikidata Q-id.",
     "list": false,
     "type": "String"
    }
   },
   "interfaces": [
    "Entity"
   ]
  },
  "CompanyConnection": {
   "description": "",
   "fields": {
    "edges": {
     "args": [],
     "description": "",
     "list": true,
     "type": "CompanyEdge"
    },
    "nodes": {
     "args": [],
     "description": "",
     "list": true,
     "type": "Company"
    },
    "pageInfo": {
     "args": [],
     "description": "",
     "list": false,
     "type": "PageInfo"
    },
    "totalCount": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Int"
    }
   },
   "interfaces": []
  },
  "CompanyEdge": {
   "description": "",
   "fields": {
    "cursor": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "node": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Company"
    }
   },
   "interfaces": []
  },
  "Country": {
   "description": "Country",
   "fields": {
    "aliases": {
     "args": [],
     "description": "",
     "list": true,
     "type": "String"
    },
    "asOf": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Date"
    },
    "claims": {
     "args": [
      "asOf"
     ],
     "description": "The claim concerns the entity.",
     "list": true,
     "type": "ClaimsEdge"
    },
    "confidence": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "description": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "id": {
     "args": [],
     "description": "",
     "list": false,
     "type": "ID"
    },
    "iso2": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "issuedPolicies": {
     "args": [
      "asOf"
     ],
     "description": "The country that issued the policy.",
     "list": true,
     "type": "IssuedPoliciesEdge"
    },
    "label": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "name": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "policiesApplying": {
     "args": [
      "asOf"
     ],
     "description": "The policy applies in or to the place, grid or firm.",
     "list": true,
     "type": "PoliciesApplyingEdge"
    },
    "restrictedBy": {
     "args": [
      "asOf"
     ],
     "description": "The policy restricts the chip, firm or country.",
     "list": true,
     "type": "RestrictedByEdge"
    },
    "sources": {
     "args": [],
     "description": "Sources cited for this entity.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    },
    "wikidata": {
     "args": [],
     "description": "Wikidata Q-id.",
     "list": false,
     "type": "String"
    }
   },
   "interfaces": [
    "Entity"
   ]
  },
  "CountryConnection": {
   "description": "",
   "fields": {
    "edges": {
     "args": [],
     "description": "",
     "list": true,
     "type": "CountryEdge"
    },
    "nodes": {
     "args": [],
     "description": "",
     "list": true,
     "type": "Country"
    },
    "pageInfo": {
     "args": [],
     "description": "",
     "list": false,
     "type": "PageInfo"
    },
    "totalCount": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Int"
    }
   },
   "interfaces": []
  },
  "CountryEdge": {
   "description": "",
   "fields": {
    "cursor": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "node": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Country"
    }
   },
   "interfaces": []
  },
  "CoveredByDealsEdge": {
   "description": "The deal buys, builds or finances the chip or site.",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "deal": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Deal"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "Deal"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "CoversEdge": {
   "description": "The deal buys, builds or finances the chip or site.",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "Entity"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "CurrentRolesEdge": {
   "description": "The person holds a current role at the firm.",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "company": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Company"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "Company"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "title": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "CustomersEdge": {
   "description": "The start supplies a product to the end.",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "company": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Company"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "Company"
    },
    "product": {
     "args": [],
     "description": "What is supplied.",
     "list": false,
     "type": "String"
    },
    "share": {
     "args": [],
     "description": "Share of the buyer's need for it (0-1).",
     "list": false,
     "type": "Float"
    },
    "since": {
     "args": [],
     "description": "Year the supply began.",
     "list": false,
     "type": "Int"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "CypherResult": {
   "description": "",
   "fields": {
    "columns": {
     "args": [],
     "description": "",
     "list": true,
     "type": "String"
    },
    "rows": {
     "args": [],
     "description": "",
     "list": false,
     "type": "JSON"
    },
    "truncated": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Boolean"
    }
   },
   "interfaces": []
  },
  "Deal": {
   "description": "Deal",
   "fields": {
    "aliases": {
     "args": [],
     "description": "",
     "list": true,
     "type": "String"
    },
    "announced": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Date"
    },
    "asOf": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Date"
    },
    "capacityGw": {
     "args": [],
     "description": "Power capacity covered, GW.",
     "list": false,
     "type": "Float"
    },
    "claims": {
     "args": [
      "asOf"
     ],
     "description": "The claim concerns the entity.",
     "list": true,
     "type": "ClaimsEdge"
    },
    "committedUsd": {
     "args": [],
     "description": "Size of a credit facility, USD.",
     "list": false,
     "type": "Float"
    },
    "confidence": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "covers": {
     "args": [
      "asOf"
     ],
     "description": "The deal buys, builds or finances the chip or site.",
     "list": true,
     "type": "CoversEdge"
    },
    "description": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "drawnUsd": {
     "args": [],
     "description": "Drawn and outstanding under a facility as of as_of, USD; only this is owed.",
     "list": false,
     "type": "Float"
    },
    "end": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Date"
    },
    "id": {
     "args": [],
     "description": "",
     "list": false,
     "type": "ID"
    },
    "interestRate": {
     "args": [],
     "description": "Coupon or interest rate as a fraction.",
     "list": false,
     "type": "Float"
    },
    "kind": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "label": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "name": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "partOf": {
     "args": [
      "asOf"
     ],
     "description": "The deal is one part (a site, a tranche) of the larger programme.",
     "list": true,
     "type": "PartOfEdge"
    },
    "parties": {
     "args": [
      "asOf"
     ],
     "description": "The company is a party to the deal in a role.",
     "list": true,
     "type": "PartiesEdge"
    },
    "parts": {
     "args": [
      "asOf"
     ],
     "description": "The deal is one part (a site, a tranche) of the larger programme.",
     "list": true,
     "type": "PartsEdge"
    },
    "schedule": {
     "args": [],
     "description": "Reported yearly amounts as 'YEAR:USD' (e.g. '2027:30000000000'); else straight line.",
     "list": true,
     "type": "String"
    },
    "servedBy": {
     "args": [
      "asOf"
     ],
     "description": "The order, lease or loan was made to serve the customer contract.",
     "list": true,
     "type": "ServedByEdge"
    },
    "serves": {
     "args": [
      "asOf"
     ],
     "description": "The order, lease or loan was made to serve the customer contract.",
     "list": true,
     "type": "ServesEdge"
    },
    "sources": {
     "args": [],
     "description": "Sources cited for this entity.",
     "list": true,
     "type": "Source"
    },
    "start": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Date"
    },
    "status": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "supersededBy": {
     "args": [
      "asOf"
     ],
     "description": "The deal (a definitive agreement) replaces the other (a letter of intent or earlier version).",
     "list": true,
     "type": "SupersededByEdge"
    },
    "supersedes": {
     "args": [
      "asOf"
     ],
     "description": "The deal (a definitive agreement) replaces the other (a letter of intent or earlier version).",
     "list": true,
     "type": "SupersedesEdge"
    },
    "terms": {
     "args": [],
     "description": "What is bought, conditions, LOI or definitive.",
     "list": false,
     "type": "String"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    },
    "valueIsUpperBound": {
     "args": [],
     "description": "True for 'up to' figures.",
     "list": false,
     "type": "Boolean"
    },
    "valueUndisclosed": {
     "args": [],
     "description": "True when reporting says the value was not disclosed; value_usd stays empty.",
     "list": false,
     "type": "Boolean"
    },
    "valueUsd": {
     "args": [],
     "description": "Headline value, US dollars.",
     "list": false,
     "type": "Float"
    },
    "wikidata": {
     "args": [],
     "description": "Wikidata Q-id.",
     "list": false,
     "type": "String"
    }
   },
   "interfaces": [
    "Entity"
   ]
  },
  "DealConnection": {
   "description": "",
   "fields": {
    "edges": {
     "args": [],
     "description": "",
     "list": true,
     "type": "DealEdge"
    },
    "nodes": {
     "args": [],
     "description": "",
     "list": true,
     "type": "Deal"
    },
    "pageInfo": {
     "args": [],
     "description": "",
     "list": false,
     "type": "PageInfo"
    },
    "totalCount": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Int"
    }
   },
   "interfaces": []
  },
  "DealEdge": {
   "description": "",
   "fields": {
    "cursor": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "node": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Deal"
    }
   },
   "interfaces": []
  },
  "DealsEdge": {
   "description": "The company is a party to the deal in a role.",
   "fields": {
    "amountUsd": {
     "args": [],
     "description": "The party's own part of the deal, USD, where reported (never an even split).",
     "list": false,
     "type": "Float"
    },
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "deal": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Deal"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "Deal"
    },
    "role": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "share": {
     "args": [],
     "description": "The party's share of the deal (0-1), where that is what is reported.",
     "list": false,
     "type": "Float"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "Dependency": {
   "description": "",
   "fields": {
    "company": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Company"
    },
    "depth": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Int"
    },
    "inputs": {
     "args": [],
     "description": "",
     "list": true,
     "type": "String"
    },
    "path": {
     "args": [],
     "description": "",
     "list": true,
     "type": "PathStep"
    },
    "singleSource": {
     "args": [],
     "description": "True when every provider the graph knows for this input itself depends on the supplier.",
     "list": false,
     "type": "Boolean"
    }
   },
   "interfaces": []
  },
  "DeployedByEdge": {
   "description": "The company runs the chip in its fleet.",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "company": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Company"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "count": {
     "args": [],
     "description": "Number of chips deployed, as reported.",
     "list": false,
     "type": "Int"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "Company"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "DeployedChipsEdge": {
   "description": "The company runs the chip in its fleet.",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "chip": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Chip"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "count": {
     "args": [],
     "description": "Number of chips deployed, as reported.",
     "list": false,
     "type": "Int"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "Chip"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "DesignersEdge": {
   "description": "The company designs the chip.",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "company": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Company"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "Company"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "Entity": {
   "description": "Any entity: company, chip, deal, power asset, policy, person...",
   "fields": {
    "aliases": {
     "args": [],
     "description": "",
     "list": true,
     "type": "String"
    },
    "asOf": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Date"
    },
    "confidence": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "description": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "id": {
     "args": [],
     "description": "",
     "list": false,
     "type": "ID"
    },
    "label": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "name": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "sources": {
     "args": [],
     "description": "Sources cited for this entity.",
     "list": true,
     "type": "Source"
    }
   },
   "interfaces": []
  },
  "ExposureClaim": {
   "description": "",
   "fields": {
    "amountUsd": {
     "args": [],
     "description": "The party's own amount; null when its part is not reported (see missing).",
     "list": false,
     "type": "Float"
    },
    "channel": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "counterparty": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Company"
    },
    "deal": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Deal"
    },
    "firm": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Boolean"
    },
    "serves": {
     "args": [],
     "description": "For capital committed: the customer contract the deal serves.",
     "list": false,
     "type": "Deal"
    }
   },
   "interfaces": []
  },
  "ExposureTotals": {
   "description": "",
   "fields": {
    "capitalCommitted": {
     "args": [],
     "description": "",
     "list": false,
     "type": "MoneyTotal"
    },
    "investedIn": {
     "args": [],
     "description": "",
     "list": false,
     "type": "MoneyTotal"
    },
    "lentTo": {
     "args": [],
     "description": "",
     "list": false,
     "type": "MoneyTotal"
    },
    "owedBy": {
     "args": [],
     "description": "",
     "list": false,
     "type": "MoneyTotal"
    },
    "owes": {
     "args": [],
     "description": "",
     "list": false,
     "type": "MoneyTotal"
    }
   },
   "interfaces": []
  },
  "Exposures": {
   "description": "",
   "fields": {
    "asOf": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Date"
    },
    "capitalCommitted": {
     "args": [],
     "description": "Its orders, leases and loans that SERVE a customer contract, per contract.",
     "list": true,
     "type": "ExposureClaim"
    },
    "company": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Company"
    },
    "customerConcentration": {
     "args": [],
     "description": "Largest customer's share: the firm's reported figure when there is one, else its firm contracts in the graph.",
     "list": false,
     "type": "Float"
    },
    "customerConcentrationBasis": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "customerConcentrationSources": {
     "args": [],
     "description": "Sources of a reported customer concentration.",
     "list": true,
     "type": "Source"
    },
    "dependents": {
     "args": [],
     "description": "Who depends on it (depth 2).",
     "list": true,
     "type": "Dependency"
    },
    "investedIn": {
     "args": [],
     "description": "Equity it put in, at cost.",
     "list": true,
     "type": "ExposureClaim"
    },
    "largestCounterparty": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Company"
    },
    "lentTo": {
     "args": [],
     "description": "Its part of drawn loans, bonds, facilities.",
     "list": true,
     "type": "ExposureClaim"
    },
    "missing": {
     "args": [],
     "description": "",
     "list": true,
     "type": "String"
    },
    "owedBy": {
     "args": [],
     "description": "Contracts where others pay it: the remaining value, the party's own part.",
     "list": true,
     "type": "ExposureClaim"
    },
    "owes": {
     "args": [],
     "description": "What it still owes under contracts and debt.",
     "list": true,
     "type": "ExposureClaim"
    },
    "totals": {
     "args": [],
     "description": "",
     "list": false,
     "type": "ExposureTotals"
    }
   },
   "interfaces": []
  },
  "FabricatedChipsEdge": {
   "description": "The chip is made by the foundry.",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "chip": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Chip"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "Chip"
    },
    "processNode": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "FinancialPeriod": {
   "description": "One reported period of a company: flows over the period, balances at its end.",
   "fields": {
    "aliases": {
     "args": [],
     "description": "",
     "list": true,
     "type": "String"
    },
    "asOf": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Date"
    },
    "capexUsd": {
     "args": [],
     "description": "Capital expenditure over the period, USD.",
     "list": false,
     "type": "Float"
    },
    "cashUsd": {
     "args": [],
     "description": "Cash and equivalents at period end, USD.",
     "list": false,
     "type": "Float"
    },
    "confidence": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "description": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "equityUsd": {
     "args": [],
     "description": "Book equity at period end, USD (may be negative).",
     "list": false,
     "type": "Float"
    },
    "fiscalLabel": {
     "args": [],
     "description": "The company's own label, e.g. 'FY2026 Q1'.",
     "list": false,
     "type": "String"
    },
    "id": {
     "args": [],
     "description": "",
     "list": false,
     "type": "ID"
    },
    "label": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "leaseLiabilitiesUsd": {
     "args": [],
     "description": "Lease liabilities at period end, USD.",
     "list": false,
     "type": "Float"
    },
    "name": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "notes": {
     "args": [],
     "description": "What a reader needs to read the figures right.",
     "list": false,
     "type": "String"
    },
    "operatingCashFlowUsd": {
     "args": [],
     "description": "Operating cash flow over the period, USD.",
     "list": false,
     "type": "Float"
    },
    "period": {
     "args": [],
     "description": "Length of the period: quarter, half_year, fiscal_year.",
     "list": false,
     "type": "String"
    },
    "periodEnd": {
     "args": [],
     "description": "Last day of the period.",
     "list": false,
     "type": "Date"
    },
    "reportedBy": {
     "args": [
      "asOf"
     ],
     "description": "The company reported the financial period.",
     "list": true,
     "type": "ReportedByEdge"
    },
    "reportedCurrency": {
     "args": [],
     "description": "ISO 4217 currency of the filing.",
     "list": false,
     "type": "String"
    },
    "revenueUsd": {
     "args": [],
     "description": "Revenue over the period, USD.",
     "list": false,
     "type": "Float"
    },
    "rpoUsd": {
     "args": [],
     "description": "Remaining performance obligations or contracted backlog at period end, USD.",
     "list": false,
     "type": "Float"
    },
    "sources": {
     "args": [],
     "description": "Sources cited for this entity.",
     "list": true,
     "type": "Source"
    },
    "totalDebtUsd": {
     "args": [],
     "description": "Borrowings, current and long-term, at period end, USD.",
     "list": false,
     "type": "Float"
    },
    "usdPerUnit": {
     "args": [],
     "description": "Rate used to convert a non-USD filing.",
     "list": false,
     "type": "Float"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    },
    "wikidata": {
     "args": [],
     "description": "Wikidata Q-id.",
     "list": false,
     "type": "String"
    }
   },
   "interfaces": [
    "Entity"
   ]
  },
  "FinancialPeriodConnection": {
   "description": "",
   "fields": {
    "edges": {
     "args": [],
     "description": "",
     "list": true,
     "type": "FinancialPeriodEdge"
    },
    "nodes": {
     "args": [],
     "description": "",
     "list": true,
     "type": "FinancialPeriod"
    },
    "pageInfo": {
     "args": [],
     "description": "",
     "list": false,
     "type": "PageInfo"
    },
    "totalCount": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Int"
    }
   },
   "interfaces": []
  },
  "FinancialPeriodEdge": {
   "description": "",
   "fields": {
    "cursor": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "node": {
     "args": [],
     "description": "",
     "list": false,
     "type": "FinancialPeriod"
    }
   },
   "interfaces": []
  },
  "FoundedEdge": {
   "description": "The person co-founded the firm.",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "company": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Company"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "Company"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    },
    "year": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Int"
    }
   },
   "interfaces": []
  },
  "FoundersEdge": {
   "description": "The person co-founded the firm.",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "Person"
    },
    "person": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Person"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    },
    "year": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Int"
    }
   },
   "interfaces": []
  },
  "FoundriesEdge": {
   "description": "The chip is made by the foundry.",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "company": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Company"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "Company"
    },
    "processNode": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "GridRegion": {
   "description": "GridRegion",
   "fields": {
    "aliases": {
     "args": [],
     "description": "",
     "list": true,
     "type": "String"
    },
    "asOf": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Date"
    },
    "claims": {
     "args": [
      "asOf"
     ],
     "description": "The claim concerns the entity.",
     "list": true,
     "type": "ClaimsEdge"
    },
    "confidence": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "country": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "description": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "id": {
     "args": [],
     "description": "",
     "list": false,
     "type": "ID"
    },
    "label": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "name": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "operator": {
     "args": [],
     "description": "System operator, e.g. ERCOT.",
     "list": false,
     "type": "String"
    },
    "policiesApplying": {
     "args": [
      "asOf"
     ],
     "description": "The policy applies in or to the place, grid or firm.",
     "list": true,
     "type": "PoliciesApplyingEdge"
    },
    "sites": {
     "args": [
      "asOf"
     ],
     "description": "The site is connected to the grid region.",
     "list": true,
     "type": "SitesEdge"
    },
    "sources": {
     "args": [],
     "description": "Sources cited for this entity.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    },
    "wikidata": {
     "args": [],
     "description": "Wikidata Q-id.",
     "list": false,
     "type": "String"
    }
   },
   "interfaces": [
    "Entity"
   ]
  },
  "GridRegionConnection": {
   "description": "",
   "fields": {
    "edges": {
     "args": [],
     "description": "",
     "list": true,
     "type": "GridRegionEdge"
    },
    "nodes": {
     "args": [],
     "description": "",
     "list": true,
     "type": "GridRegion"
    },
    "pageInfo": {
     "args": [],
     "description": "",
     "list": false,
     "type": "PageInfo"
    },
    "totalCount": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Int"
    }
   },
   "interfaces": []
  },
  "GridRegionEdge": {
   "description": "",
   "fields": {
    "cursor": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "node": {
     "args": [],
     "description": "",
     "list": false,
     "type": "GridRegion"
    }
   },
   "interfaces": []
  },
  "GridRegionsEdge": {
   "description": "The site is connected to the grid region.",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "gridregion": {
     "args": [],
     "description": "",
     "list": false,
     "type": "GridRegion"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "GridRegion"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "HbmInChipsEdge": {
   "description": "The chip carries high-bandwidth memory from the maker.",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "chip": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Chip"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "generation": {
     "args": [],
     "description": "e.g. HBM3E 12-high.",
     "list": false,
     "type": "String"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "Chip"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "HbmSuppliersEdge": {
   "description": "The chip carries high-bandwidth memory from the maker.",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "company": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Company"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "generation": {
     "args": [],
     "description": "e.g. HBM3E 12-high.",
     "list": false,
     "type": "String"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "Company"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "HoldingsEdge": {
   "description": "The start holds an ownership stake in the end.",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "Entity"
    },
    "share": {
     "args": [],
     "description": "Ownership share (0-1).",
     "list": false,
     "type": "Float"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "IssuedByEdge": {
   "description": "The country that issued the policy.",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "country": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Country"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "Country"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "IssuedPoliciesEdge": {
   "description": "The country that issued the policy.",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "Policy"
    },
    "policy": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Policy"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "LossFlow": {
   "description": "A loss passed from one firm to another: order 1 from the defaulter.",
   "fields": {
    "deals": {
     "args": [],
     "description": "",
     "list": true,
     "type": "Deal"
    },
    "from": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Company"
    },
    "lossUsd": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Float"
    },
    "order": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Int"
    },
    "to": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Company"
    }
   },
   "interfaces": []
  },
  "MadeByEdge": {
   "description": "The person or firm made the claim.",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "Entity"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "MoneyCycle": {
   "description": "",
   "fields": {
    "companies": {
     "args": [],
     "description": "",
     "list": true,
     "type": "Company"
    },
    "contingentUsd": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Float"
    },
    "deals": {
     "args": [],
     "description": "",
     "list": true,
     "type": "Deal"
    },
    "firmUsd": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Float"
    },
    "flows": {
     "args": [],
     "description": "",
     "list": true,
     "type": "MoneyFlow"
    },
    "missing": {
     "args": [],
     "description": "Deals on the cycle whose parts are not reported.",
     "list": true,
     "type": "String"
    },
    "totalUsd": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Float"
    }
   },
   "interfaces": []
  },
  "MoneyFlow": {
   "description": "",
   "fields": {
    "amountUsd": {
     "args": [],
     "description": "Firm + contingent, the parties' own parts; null when no part is known.",
     "list": false,
     "type": "Float"
    },
    "contingentUsd": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Float"
    },
    "deals": {
     "args": [],
     "description": "",
     "list": true,
     "type": "Deal"
    },
    "firmUsd": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Float"
    },
    "missing": {
     "args": [],
     "description": "",
     "list": true,
     "type": "String"
    },
    "payee": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Company"
    },
    "payer": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Company"
    },
    "supplyProducts": {
     "args": [],
     "description": "Supply relations on this edge (the customer pays the supplier).",
     "list": true,
     "type": "String"
    }
   },
   "interfaces": []
  },
  "MoneyTotal": {
   "description": "",
   "fields": {
    "contingentUsd": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Float"
    },
    "firmUsd": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Float"
    }
   },
   "interfaces": []
  },
  "Mutation": {
   "description": "Writes for embedding apps; need the API key.",
   "fields": {
    "deleteNode": {
     "args": [
      "id"
     ],
     "description": "Delete a node and its relationships, by id.",
     "list": false,
     "type": "Boolean"
    },
    "deleteRelationship": {
     "args": [
      "from",
      "identity",
      "to",
      "type"
     ],
     "description": "Delete one relationship; `identity` gives its identifying properties (e.g. role for PARTY_TO, title for WORKS_AT).",
     "list": false,
     "type": "Boolean"
    },
    "upsertNode": {
     "args": [
      "label",
      "record"
     ],
     "description": "Create or update a node; `record` holds its properties.",
     "list": false,
     "type": "Entity"
    },
    "upsertRelationship": {
     "args": [
      "record"
     ],
     "description": "Create or update a relationship: `record` holds type, from, to, provenance and properties.",
     "list": false,
     "type": "Boolean"
    },
    "upsertSource": {
     "args": [
      "record"
     ],
     "description": "Create or update a Source that facts can cite.",
     "list": false,
     "type": "Source"
    }
   },
   "interfaces": []
  },
  "OperatedSitesEdge": {
   "description": "The company operates the site.",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "PowerAsset"
    },
    "powerAsset": {
     "args": [],
     "description": "",
     "list": false,
     "type": "PowerAsset"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "OperatorsEdge": {
   "description": "The company operates the site.",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "company": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Company"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "Company"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "OwnersEdge": {
   "description": "The start holds an ownership stake in the end.",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "company": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Company"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "Company"
    },
    "share": {
     "args": [],
     "description": "Ownership share (0-1).",
     "list": false,
     "type": "Float"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "PackagedChipsEdge": {
   "description": "The chip is packaged (e.g. CoWoS) by the company.",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "chip": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Chip"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "Chip"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "technology": {
     "args": [],
     "description": "e.g. CoWoS-L.",
     "list": false,
     "type": "String"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "PackagersEdge": {
   "description": "The chip is packaged (e.g. CoWoS) by the company.",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "company": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Company"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "Company"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "technology": {
     "args": [],
     "description": "e.g. CoWoS-L.",
     "list": false,
     "type": "String"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "PageInfo": {
   "description": "",
   "fields": {
    "endCursor": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "hasNextPage": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Boolean"
    }
   },
   "interfaces": []
  },
  "PartOfEdge": {
   "description": "The deal is one part (a site, a tranche) of the larger programme.",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "deal": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Deal"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "Deal"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "PartiesEdge": {
   "description": "The company is a party to the deal in a role.",
   "fields": {
    "amountUsd": {
     "args": [],
     "description": "The party's own part of the deal, USD, where reported (never an even split).",
     "list": false,
     "type": "Float"
    },
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "company": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Company"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "Company"
    },
    "role": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "share": {
     "args": [],
     "description": "The party's share of the deal (0-1), where that is what is reported.",
     "list": false,
     "type": "Float"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "PartsEdge": {
   "description": "The deal is one part (a site, a tranche) of the larger programme.",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "deal": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Deal"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "Deal"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "PartyRisk": {
   "description": "One counterparty's losses, by channel, and its revenue at risk.",
   "fields": {
    "capitalAtRiskUsd": {
     "args": [],
     "description": "What it committed to serve the defaulter (through SERVES), x (1 - reletRate).",
     "list": false,
     "type": "Float"
    },
    "channels": {
     "args": [],
     "description": "",
     "list": true,
     "type": "String"
    },
    "company": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Company"
    },
    "contingentCapitalAtRiskUsd": {
     "args": [],
     "description": "The same for unsigned or 'up to' commitments: reported apart, never a loss.",
     "list": false,
     "type": "Float"
    },
    "contingentRevenueAtRiskUsd": {
     "args": [],
     "description": "The same for unsigned and 'up to' contracts.",
     "list": false,
     "type": "Float"
    },
    "creditLossUsd": {
     "args": [],
     "description": "Receivable for service delivered and drawn credit, x (1 - recoveryRate).",
     "list": false,
     "type": "Float"
    },
    "deals": {
     "args": [],
     "description": "",
     "list": true,
     "type": "Deal"
    },
    "directLossUsd": {
     "args": [],
     "description": "credit + equity + capital at risk.",
     "list": false,
     "type": "Float"
    },
    "equityLossUsd": {
     "args": [],
     "description": "Equity invested at cost, x (1 - equityRecovery).",
     "list": false,
     "type": "Float"
    },
    "lossAbsorbingCapitalUsd": {
     "args": [],
     "description": "Book equity (floored at 0) + cash of its latest period on or before asOf.",
     "list": false,
     "type": "Float"
    },
    "revenueAtRiskByYear": {
     "args": [],
     "description": "",
     "list": true,
     "type": "YearAmount"
    },
    "revenueAtRiskUsd": {
     "args": [],
     "description": "Remaining firm contract value: revenue it will not get. Never added to losses.",
     "list": false,
     "type": "Float"
    },
    "secondOrderLossUsd": {
     "args": [],
     "description": "Stress passed on by stressed firms.",
     "list": false,
     "type": "Float"
    },
    "stress": {
     "args": [],
     "description": "min(1, total loss / capital); null if unknown.",
     "list": false,
     "type": "Float"
    },
    "totalLossUsd": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Float"
    },
    "via": {
     "args": [],
     "description": "Stressed firms through which second-order losses came.",
     "list": true,
     "type": "Company"
    }
   },
   "interfaces": []
  },
  "PastRolesEdge": {
   "description": "The person held a past role at the firm.",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "company": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Company"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "Company"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "title": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "PathStep": {
   "description": "One step of a chain, read from the dependent to its provider.",
   "fields": {
    "deal": {
     "args": [],
     "description": "The compute contract behind a BUYS_COMPUTE_FROM step.",
     "list": false,
     "type": "Deal"
    },
    "from": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Entity"
    },
    "input": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "relationship": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "sources": {
     "args": [],
     "description": "",
     "list": true,
     "type": "Source"
    },
    "to": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Entity"
    }
   },
   "interfaces": []
  },
  "Person": {
   "description": "A founder, executive or researcher; roles and moves are relationships.",
   "fields": {
    "aliases": {
     "args": [],
     "description": "",
     "list": true,
     "type": "String"
    },
    "asOf": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Date"
    },
    "claims": {
     "args": [
      "asOf"
     ],
     "description": "The claim concerns the entity.",
     "list": true,
     "type": "ClaimsEdge"
    },
    "claimsMade": {
     "args": [
      "asOf"
     ],
     "description": "The person or firm made the claim.",
     "list": true,
     "type": "ClaimsMadeEdge"
    },
    "confidence": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "currentRoles": {
     "args": [
      "asOf"
     ],
     "description": "The person holds a current role at the firm.",
     "list": true,
     "type": "CurrentRolesEdge"
    },
    "description": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "founded": {
     "args": [
      "asOf"
     ],
     "description": "The person co-founded the firm.",
     "list": true,
     "type": "FoundedEdge"
    },
    "id": {
     "args": [],
     "description": "",
     "list": false,
     "type": "ID"
    },
    "label": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "name": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "pastRoles": {
     "args": [
      "asOf"
     ],
     "description": "The person held a past role at the firm.",
     "list": true,
     "type": "PastRolesEdge"
    },
    "personalInvestments": {
     "args": [
      "asOf"
     ],
     "description": "The person invested in the firm.",
     "list": true,
     "type": "PersonalInvestmentsEdge"
    },
    "sources": {
     "args": [],
     "description": "Sources cited for this entity.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    },
    "wikidata": {
     "args": [],
     "description": "Wikidata Q-id.",
     "list": false,
     "type": "String"
    }
   },
   "interfaces": [
    "Entity"
   ]
  },
  "PersonConnection": {
   "description": "",
   "fields": {
    "edges": {
     "args": [],
     "description": "",
     "list": true,
     "type": "PersonEdge"
    },
    "nodes": {
     "args": [],
     "description": "",
     "list": true,
     "type": "Person"
    },
    "pageInfo": {
     "args": [],
     "description": "",
     "list": false,
     "type": "PageInfo"
    },
    "totalCount": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Int"
    }
   },
   "interfaces": []
  },
  "PersonEdge": {
   "description": "",
   "fields": {
    "cursor": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "node": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Person"
    }
   },
   "interfaces": []
  },
  "PersonalInvestmentsEdge": {
   "description": "The person invested in the firm.",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "company": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Company"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "Company"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "PoliciesApplyingEdge": {
   "description": "The policy applies in or to the place, grid or firm.",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "Policy"
    },
    "policy": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Policy"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "Policy": {
   "description": "Policy",
   "fields": {
    "aliases": {
     "args": [],
     "description": "",
     "list": true,
     "type": "String"
    },
    "amendedBy": {
     "args": [
      "asOf"
     ],
     "description": "The policy amends the other.",
     "list": true,
     "type": "AmendedByEdge"
    },
    "amends": {
     "args": [
      "asOf"
     ],
     "description": "The policy amends the other.",
     "list": true,
     "type": "AmendsEdge"
    },
    "appliesTo": {
     "args": [
      "asOf"
     ],
     "description": "The policy applies in or to the place, grid or firm.",
     "list": true,
     "type": "AppliesToEdge"
    },
    "asOf": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Date"
    },
    "claims": {
     "args": [
      "asOf"
     ],
     "description": "The claim concerns the entity.",
     "list": true,
     "type": "ClaimsEdge"
    },
    "confidence": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "description": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "effective": {
     "args": [],
     "description": "Date the policy takes effect.",
     "list": false,
     "type": "Date"
    },
    "id": {
     "args": [],
     "description": "",
     "list": false,
     "type": "ID"
    },
    "issuedBy": {
     "args": [
      "asOf"
     ],
     "description": "The country that issued the policy.",
     "list": true,
     "type": "IssuedByEdge"
    },
    "jurisdiction": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "kind": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "label": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "name": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "rescinded": {
     "args": [],
     "description": "Date the policy was rescinded.",
     "list": false,
     "type": "Date"
    },
    "rescindedBy": {
     "args": [
      "asOf"
     ],
     "description": "The policy rescinds the other.",
     "list": true,
     "type": "RescindedByEdge"
    },
    "rescinds": {
     "args": [
      "asOf"
     ],
     "description": "The policy rescinds the other.",
     "list": true,
     "type": "RescindsEdge"
    },
    "restricts": {
     "args": [
      "asOf"
     ],
     "description": "The policy restricts the chip, firm or country.",
     "list": true,
     "type": "RestrictsEdge"
    },
    "sources": {
     "args": [],
     "description": "Sources cited for this entity.",
     "list": true,
     "type": "Source"
    },
    "subsidises": {
     "args": [
      "asOf"
     ],
     "description": "The policy funds or subsidises the firm or site.",
     "list": true,
     "type": "SubsidisesEdge"
    },
    "summary": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "suspended": {
     "args": [],
     "description": "Date enforcement was suspended or paused.",
     "list": false,
     "type": "Date"
    },
    "suspendedUntil": {
     "args": [],
     "description": "Date the suspension was announced to end (later extensions need a new record).",
     "list": false,
     "type": "Date"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    },
    "wikidata": {
     "args": [],
     "description": "Wikidata Q-id.",
     "list": false,
     "type": "String"
    }
   },
   "interfaces": [
    "Entity"
   ]
  },
  "PolicyConnection": {
   "description": "",
   "fields": {
    "edges": {
     "args": [],
     "description": "",
     "list": true,
     "type": "PolicyEdge"
    },
    "nodes": {
     "args": [],
     "description": "",
     "list": true,
     "type": "Policy"
    },
    "pageInfo": {
     "args": [],
     "description": "",
     "list": false,
     "type": "PageInfo"
    },
    "totalCount": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Int"
    }
   },
   "interfaces": []
  },
  "PolicyEdge": {
   "description": "",
   "fields": {
    "cursor": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "node": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Policy"
    }
   },
   "interfaces": []
  },
  "PolicyReach": {
   "description": "",
   "fields": {
    "asOf": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Date"
    },
    "chips": {
     "args": [],
     "description": "",
     "list": true,
     "type": "Chip"
    },
    "companies": {
     "args": [],
     "description": "",
     "list": true,
     "type": "Company"
    },
    "countries": {
     "args": [],
     "description": "",
     "list": true,
     "type": "Country"
    },
    "inForce": {
     "args": [],
     "description": "Whether the policy binds at asOf (today without asOf).",
     "list": false,
     "type": "Boolean"
    },
    "policy": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Policy"
    },
    "reaches": {
     "args": [],
     "description": "Every reach with how it happens.",
     "list": true,
     "type": "Reach"
    },
    "status": {
     "args": [],
     "description": "Why, from its effective, suspension and rescission dates.",
     "list": false,
     "type": "String"
    }
   },
   "interfaces": []
  },
  "PowerAsset": {
   "description": "PowerAsset",
   "fields": {
    "aliases": {
     "args": [],
     "description": "",
     "list": true,
     "type": "String"
    },
    "asOf": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Date"
    },
    "capacityMw": {
     "args": [],
     "description": "Planned full capacity, MW.",
     "list": false,
     "type": "Float"
    },
    "claims": {
     "args": [
      "asOf"
     ],
     "description": "The claim concerns the entity.",
     "list": true,
     "type": "ClaimsEdge"
    },
    "confidence": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "country": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "coveredByDeals": {
     "args": [
      "asOf"
     ],
     "description": "The deal buys, builds or finances the chip or site.",
     "list": true,
     "type": "CoveredByDealsEdge"
    },
    "description": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "fuel": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "gridRegions": {
     "args": [
      "asOf"
     ],
     "description": "The site is connected to the grid region.",
     "list": true,
     "type": "GridRegionsEdge"
    },
    "id": {
     "args": [],
     "description": "",
     "list": false,
     "type": "ID"
    },
    "kind": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "label": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "location": {
     "args": [],
     "description": "City and state or region.",
     "list": false,
     "type": "String"
    },
    "name": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "onlineYear": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Int"
    },
    "operatingMw": {
     "args": [],
     "description": "In service as of as_of, MW.",
     "list": false,
     "type": "Float"
    },
    "operatingMwDate": {
     "args": [],
     "description": "Date the operating MW was reported for.",
     "list": false,
     "type": "Date"
    },
    "operators": {
     "args": [
      "asOf"
     ],
     "description": "The company operates the site.",
     "list": true,
     "type": "OperatorsEdge"
    },
    "owners": {
     "args": [
      "asOf"
     ],
     "description": "The start holds an ownership stake in the end.",
     "list": true,
     "type": "OwnersEdge"
    },
    "policiesApplying": {
     "args": [
      "asOf"
     ],
     "description": "The policy applies in or to the place, grid or firm.",
     "list": true,
     "type": "PoliciesApplyingEdge"
    },
    "powerSuppliers": {
     "args": [
      "asOf"
     ],
     "description": "The utility or energy firm serves the site.",
     "list": true,
     "type": "PowerSuppliersEdge"
    },
    "poweredBy": {
     "args": [
      "asOf"
     ],
     "description": "The plant feeds power to the site.",
     "list": true,
     "type": "PoweredByEdge"
    },
    "powers": {
     "args": [
      "asOf"
     ],
     "description": "The plant feeds power to the site.",
     "list": true,
     "type": "PowersEdge"
    },
    "sources": {
     "args": [],
     "description": "Sources cited for this entity.",
     "list": true,
     "type": "Source"
    },
    "status": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "subsidisedBy": {
     "args": [
      "asOf"
     ],
     "description": "The policy funds or subsidises the firm or site.",
     "list": true,
     "type": "SubsidisedByEdge"
    },
    "tenants": {
     "args": [
      "asOf"
     ],
     "description": "The company rents capacity at the site.",
     "list": true,
     "type": "TenantsEdge"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    },
    "wikidata": {
     "args": [],
     "description": "Wikidata Q-id.",
     "list": false,
     "type": "String"
    }
   },
   "interfaces": [
    "Entity"
   ]
  },
  "PowerAssetConnection": {
   "description": "",
   "fields": {
    "edges": {
     "args": [],
     "description": "",
     "list": true,
     "type": "PowerAssetEdge"
    },
    "nodes": {
     "args": [],
     "description": "",
     "list": true,
     "type": "PowerAsset"
    },
    "pageInfo": {
     "args": [],
     "description": "",
     "list": false,
     "type": "PageInfo"
    },
    "totalCount": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Int"
    }
   },
   "interfaces": []
  },
  "PowerAssetEdge": {
   "description": "",
   "fields": {
    "cursor": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "node": {
     "args": [],
     "description": "",
     "list": false,
     "type": "PowerAsset"
    }
   },
   "interfaces": []
  },
  "PowerSuppliersEdge": {
   "description": "The utility or energy firm serves the site.",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "company": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Company"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "mw": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Float"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "Company"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "PoweredByEdge": {
   "description": "The plant feeds power to the site.",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "mw": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Float"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "PowerAsset"
    },
    "powerAsset": {
     "args": [],
     "description": "",
     "list": false,
     "type": "PowerAsset"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "PoweredSitesEdge": {
   "description": "The utility or energy firm serves the site.",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "mw": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Float"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "PowerAsset"
    },
    "powerAsset": {
     "args": [],
     "description": "",
     "list": false,
     "type": "PowerAsset"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "PowersEdge": {
   "description": "The plant feeds power to the site.",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "mw": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Float"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "PowerAsset"
    },
    "powerAsset": {
     "args": [],
     "description": "",
     "list": false,
     "type": "PowerAsset"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "Query": {
   "description": "Compute Graph: the AI compute economy as a graph.",
   "fields": {
    "accelerators": {
     "args": [
      "chip",
      "pue",
      "serverOverhead",
      "site"
     ],
     "description": "How many of a chip a site's power can feed.",
     "list": false,
     "type": "AcceleratorEstimate"
    },
    "capacity": {
     "args": [
      "asOf",
      "groupBy"
     ],
     "description": "Data-center MW, operating and planned, by group.",
     "list": true,
     "type": "CapacityRow"
    },
    "changes": {
     "args": [
      "first",
      "from",
      "to"
     ],
     "description": "What changed between two dates (to: today), newest first, with sources.",
     "list": true,
     "type": "Change"
    },
    "chip": {
     "args": [
      "ref"
     ],
     "description": "The Chip named by ref: its id, name or an alias (case-insensitive).",
     "list": false,
     "type": "Chip"
    },
    "chips": {
     "args": [
      "after",
      "direction",
      "first",
      "sort",
      "where"
     ],
     "description": "Chip nodes: filter, sort, keyset cursor pages.",
     "list": false,
     "type": "ChipConnection"
    },
    "chipsAggregate": {
     "args": [
      "field",
      "groupBy",
      "where"
     ],
     "description": "Count/sum/min/max/avg over Chip nodes, optionally grouped by a property.",
     "list": true,
     "type": "AggregateRow"
    },
    "claim": {
     "args": [
      "ref"
     ],
     "description": "The Claim named by ref: its id, name or an alias (case-insensitive).",
     "list": false,
     "type": "Claim"
    },
    "claims": {
     "args": [
      "about",
      "asOf",
      "first",
      "kind"
     ],
     "description": "Claims about the entity named by `about` (id, name or alias; every claim without it), newest first, with their speaker (`speaker`, `madeBy`) and sources. `kind`: forecast, opinion, thesis or guidance. `asOf` drops claims made later.",
     "list": true,
     "type": "Claim"
    },
    "claimsAggregate": {
     "args": [
      "field",
      "groupBy",
      "where"
     ],
     "description": "Count/sum/min/max/avg over Claim nodes, optionally grouped by a property.",
     "list": true,
     "type": "AggregateRow"
    },
    "companies": {
     "args": [
      "after",
      "direction",
      "first",
      "sort",
      "where"
     ],
     "description": "Company nodes: filter, sort, keyset cursor pages.",
     "list": false,
     "type": "CompanyConnection"
    },
    "companiesAggregate": {
     "args": [
      "field",
      "groupBy",
      "where"
     ],
     "description": "Count/sum/min/max/avg over Company nodes, optionally grouped by a property.",
     "list": true,
     "type": "AggregateRow"
    },
    "company": {
     "args": [
      "ref"
     ],
     "description": "The Company named by ref: its id, name or an alias (case-insensitive).",
     "list": false,
     "type": "Company"
    },
    "countries": {
     "args": [
      "after",
      "direction",
      "first",
      "sort",
      "where"
     ],
     "description": "Country nodes: filter, sort, keyset cursor pages.",
     "list": false,
     "type": "CountryConnection"
    },
    "country": {
     "args": [
      "ref"
     ],
     "description": "The Country named by ref: its id, name or an alias (case-insensitive).",
     "list": false,
     "type": "Country"
    },
    "cypher": {
     "args": [
      "params",
      "query"
     ],
     "description": "Run a read-only Cypher query (same guard and key as POST /cypher; POST only).",
     "list": false,
     "type": "CypherResult"
    },
    "deal": {
     "args": [
      "ref"
     ],
     "description": "The Deal named by ref: its id, name or an alias (case-insensitive).",
     "list": false,
     "type": "Deal"
    },
    "deals": {
     "args": [
      "after",
      "direction",
      "first",
      "sort",
      "where"
     ],
     "description": "Deal nodes: filter, sort, keyset cursor pages.",
     "list": false,
     "type": "DealConnection"
    },
    "dealsAggregate": {
     "args": [
      "field",
      "groupBy",
      "where"
     ],
     "description": "Count/sum/min/max/avg over Deal nodes, optionally grouped by a property.",
     "list": true,
     "type": "AggregateRow"
    },
    "dependents": {
     "args": [
      "asOf",
      "maxDepth",
      "supplier"
     ],
     "description": "Firms that depend on the supplier, directly and through chains.",
     "list": true,
     "type": "Dependency"
    },
    "entity": {
     "args": [
      "ref"
     ],
     "description": "Any entity by ref: id, name or alias, case-insensitive.",
     "list": false,
     "type": "Entity"
    },
    "exposures": {
     "args": [
      "asOf",
      "company"
     ],
     "description": "Who owes the company, where it invested, lent and committed capital, who needs it.",
     "list": false,
     "type": "Exposures"
    },
    "financialPeriod": {
     "args": [
      "ref"
     ],
     "description": "The FinancialPeriod named by ref: its id, name or an alias (case-insensitive).",
     "list": false,
     "type": "FinancialPeriod"
    },
    "financialPeriods": {
     "args": [
      "after",
      "direction",
      "first",
      "sort",
      "where"
     ],
     "description": "FinancialPeriod nodes: filter, sort, keyset cursor pages.",
     "list": false,
     "type": "FinancialPeriodConnection"
    },
    "financialPeriodsAggregate": {
     "args": [
      "field",
      "groupBy",
      "where"
     ],
     "description": "Count/sum/min/max/avg over FinancialPeriod nodes, optionally grouped by a property.",
     "list": true,
     "type": "AggregateRow"
    },
    "founders": {
     "args": [
      "company"
     ],
     "description": "The founders of a firm.",
     "list": true,
     "type": "Person"
    },
    "gridRegion": {
     "args": [
      "ref"
     ],
     "description": "The GridRegion named by ref: its id, name or an alias (case-insensitive).",
     "list": false,
     "type": "GridRegion"
    },
    "gridRegions": {
     "args": [
      "after",
      "direction",
      "first",
      "sort",
      "where"
     ],
     "description": "GridRegion nodes: filter, sort, keyset cursor pages.",
     "list": false,
     "type": "GridRegionConnection"
    },
    "moneyCycles": {
     "args": [
      "asOf",
      "maxLength",
      "through"
     ],
     "description": "Cycles of money between firms, each reported once.",
     "list": true,
     "type": "MoneyCycle"
    },
    "people": {
     "args": [
      "after",
      "direction",
      "first",
      "sort",
      "where"
     ],
     "description": "Person nodes: filter, sort, keyset cursor pages.",
     "list": false,
     "type": "PersonConnection"
    },
    "person": {
     "args": [
      "ref"
     ],
     "description": "The Person named by ref: its id, name or an alias (case-insensitive).",
     "list": false,
     "type": "Person"
    },
    "policies": {
     "args": [
      "after",
      "direction",
      "first",
      "sort",
      "where"
     ],
     "description": "Policy nodes: filter, sort, keyset cursor pages.",
     "list": false,
     "type": "PolicyConnection"
    },
    "policy": {
     "args": [
      "ref"
     ],
     "description": "The Policy named by ref: its id, name or an alias (case-insensitive).",
     "list": false,
     "type": "Policy"
    },
    "policyReach": {
     "args": [
      "asOf",
      "policy"
     ],
     "description": "Chips, firms and countries a policy reaches, and how; with asOf, only while it is in force.",
     "list": false,
     "type": "PolicyReach"
    },
    "powerAsset": {
     "args": [
      "ref"
     ],
     "description": "The PowerAsset named by ref: its id, name or an alias (case-insensitive).",
     "list": false,
     "type": "PowerAsset"
    },
    "powerAssets": {
     "args": [
      "after",
      "direction",
      "first",
      "sort",
      "where"
     ],
     "description": "PowerAsset nodes: filter, sort, keyset cursor pages.",
     "list": false,
     "type": "PowerAssetConnection"
    },
    "powerAssetsAggregate": {
     "args": [
      "field",
      "groupBy",
      "where"
     ],
     "description": "Count/sum/min/max/avg over PowerAsset nodes, optionally grouped by a property.",
     "list": true,
     "type": "AggregateRow"
    },
    "riskIfDefault": {
     "args": [
      "asOf",
      "company",
      "equityRecovery",
      "receivableMonths",
      "recoveryRate",
      "reletRate",
      "stressThreshold"
     ],
     "description": "Who loses what if the company stops paying: per counterparty credit, equity and capital at risk (losses), revenue at risk (apart), stress against capital and DebtRank second order.",
     "list": false,
     "type": "RiskReport"
    },
    "riskRanking": {
     "args": [
      "asOf",
      "equityRecovery",
      "first",
      "receivableMonths",
      "recoveryRate",
      "reletRate",
      "stressThreshold"
     ],
     "description": "Who bears the risk across the graph. score = mean of fragility (worst stress from a counterparty's default), systemic weight (loss its default causes / the largest) and leverage / (1 + leverage), leverage = (debt + leases + firm commitments) / capital.",
     "list": true,
     "type": "RiskRank"
    },
    "search": {
     "args": [
      "first",
      "text"
     ],
     "description": "Full-text search over names, aliases and descriptions, ranked.",
     "list": true,
     "type": "SearchHit"
    },
    "suppliers": {
     "args": [
      "asOf",
      "company",
      "maxDepth"
     ],
     "description": "What a firm depends on, directly and through chains.",
     "list": true,
     "type": "Dependency"
    },
    "talentFlows": {
     "args": [
      "asOf",
      "from",
      "to"
     ],
     "description": "People who moved from one firm to another (or to anywhere).",
     "list": true,
     "type": "TalentMove"
    }
   },
   "interfaces": []
  },
  "Reach": {
   "description": "",
   "fields": {
    "entity": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Entity"
    },
    "how": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "via": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    }
   },
   "interfaces": []
  },
  "RentersEdge": {
   "description": "The start rents compute capacity from the end.",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "company": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Company"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "Company"
    },
    "product": {
     "args": [],
     "description": "What is rented, e.g. 'GPU cloud capacity'.",
     "list": false,
     "type": "String"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "RentsFromEdge": {
   "description": "The start rents compute capacity from the end.",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "company": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Company"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "Company"
    },
    "product": {
     "args": [],
     "description": "What is rented, e.g. 'GPU cloud capacity'.",
     "list": false,
     "type": "String"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "ReportedByEdge": {
   "description": "The company reported the financial period.",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "company": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Company"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "Company"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "ReportedPeriodsEdge": {
   "description": "The company reported the financial period.",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "financialperiod": {
     "args": [],
     "description": "",
     "list": false,
     "type": "FinancialPeriod"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "FinancialPeriod"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "RescindedByEdge": {
   "description": "The policy rescinds the other.",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "Policy"
    },
    "policy": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Policy"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "RescindsEdge": {
   "description": "The policy rescinds the other.",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "Policy"
    },
    "policy": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Policy"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "RestrictedByEdge": {
   "description": "The policy restricts the chip, firm or country.",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "Policy"
    },
    "policy": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Policy"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "RestrictsEdge": {
   "description": "The policy restricts the chip, firm or country.",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "Entity"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "RiskRank": {
   "description": "",
   "fields": {
    "company": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Company"
    },
    "components": {
     "args": [],
     "description": "leverage, leverage_component, total_debt_usd, lease_liabilities_usd, commitments_usd, loss_absorbing_capital_usd, fragility, systemic_loss_usd, systemic_weight.",
     "list": true,
     "type": "ScoreComponent"
    },
    "missing": {
     "args": [],
     "description": "Components unknown for this firm (counted 0).",
     "list": true,
     "type": "String"
    },
    "rank": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Int"
    },
    "score": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Float"
    }
   },
   "interfaces": []
  },
  "RiskReport": {
   "description": "",
   "fields": {
    "asOf": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Date"
    },
    "assumptions": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Assumptions"
    },
    "defaulter": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Company"
    },
    "flows": {
     "args": [],
     "description": "",
     "list": true,
     "type": "LossFlow"
    },
    "missing": {
     "args": [],
     "description": "What is unknown and therefore not counted.",
     "list": true,
     "type": "String"
    },
    "parties": {
     "args": [],
     "description": "",
     "list": true,
     "type": "PartyRisk"
    },
    "totalContingentRevenueAtRiskUsd": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Float"
    },
    "totalLossUsd": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Float"
    },
    "totalRevenueAtRiskUsd": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Float"
    }
   },
   "interfaces": []
  },
  "ScoreComponent": {
   "description": "",
   "fields": {
    "name": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "value": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Float"
    }
   },
   "interfaces": []
  },
  "SearchHit": {
   "description": "",
   "fields": {
    "entity": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Entity"
    },
    "score": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Float"
    }
   },
   "interfaces": []
  },
  "ServedByEdge": {
   "description": "The order, lease or loan was made to serve the customer contract.",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "deal": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Deal"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "Deal"
    },
    "share": {
     "args": [],
     "description": "Part of the order, lease or loan that serves the contract (0-1), where reported.",
     "list": false,
     "type": "Float"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "ServesEdge": {
   "description": "The order, lease or loan was made to serve the customer contract.",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "deal": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Deal"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "Deal"
    },
    "share": {
     "args": [],
     "description": "Part of the order, lease or loan that serves the contract (0-1), where reported.",
     "list": false,
     "type": "Float"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "SitesEdge": {
   "description": "The site is connected to the grid region.",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "PowerAsset"
    },
    "powerAsset": {
     "args": [],
     "description": "",
     "list": false,
     "type": "PowerAsset"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "Source": {
   "description": "A publication that facts cite.",
   "fields": {
    "date": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Date"
    },
    "datePrecision": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "id": {
     "args": [],
     "description": "",
     "list": false,
     "type": "ID"
    },
    "publisher": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "title": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "url": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    }
   },
   "interfaces": []
  },
  "StaffEdge": {
   "description": "The person holds a current role at the firm.",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "Person"
    },
    "person": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Person"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "title": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "SubsidisedByEdge": {
   "description": "The policy funds or subsidises the firm or site.",
   "fields": {
    "amountUsd": {
     "args": [],
     "description": "Award or subsidy, US dollars.",
     "list": false,
     "type": "Float"
    },
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "Policy"
    },
    "policy": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Policy"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "SubsidisesEdge": {
   "description": "The policy funds or subsidises the firm or site.",
   "fields": {
    "amountUsd": {
     "args": [],
     "description": "Award or subsidy, US dollars.",
     "list": false,
     "type": "Float"
    },
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "Entity"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "SupersededByEdge": {
   "description": "The deal (a definitive agreement) replaces the other (a letter of intent or earlier version).",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "deal": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Deal"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "Deal"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "SupersedesEdge": {
   "description": "The deal (a definitive agreement) replaces the other (a letter of intent or earlier version).",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "deal": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Deal"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "Deal"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "SuppliersEdge": {
   "description": "The start supplies a product to the end.",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "company": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Company"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "Company"
    },
    "product": {
     "args": [],
     "description": "What is supplied.",
     "list": false,
     "type": "String"
    },
    "share": {
     "args": [],
     "description": "Share of the buyer's need for it (0-1).",
     "list": false,
     "type": "Float"
    },
    "since": {
     "args": [],
     "description": "Year the supply began.",
     "list": false,
     "type": "Int"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "TalentMove": {
   "description": "",
   "fields": {
    "date": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Date"
    },
    "from": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Company"
    },
    "person": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Person"
    },
    "role": {
     "args": [],
     "description": "",
     "list": false,
     "type": "String"
    },
    "to": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Company"
    }
   },
   "interfaces": []
  },
  "TenantSitesEdge": {
   "description": "The company rents capacity at the site.",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "mw": {
     "args": [],
     "description": "Capacity the tenant takes, MW.",
     "list": false,
     "type": "Float"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "PowerAsset"
    },
    "powerAsset": {
     "args": [],
     "description": "",
     "list": false,
     "type": "PowerAsset"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "TenantsEdge": {
   "description": "The company rents capacity at the site.",
   "fields": {
    "asOf": {
     "args": [],
     "description": "Date at which the fact was reported true.",
     "list": false,
     "type": "Date"
    },
    "company": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Company"
    },
    "confidence": {
     "args": [],
     "description": "How sure the curators are: high, medium or low.",
     "list": false,
     "type": "String"
    },
    "mw": {
     "args": [],
     "description": "Capacity the tenant takes, MW.",
     "list": false,
     "type": "Float"
    },
    "node": {
     "args": [],
     "description": "The entity at the other end.",
     "list": false,
     "type": "Company"
    },
    "sources": {
     "args": [],
     "description": "Sources cited.",
     "list": true,
     "type": "Source"
    },
    "validFrom": {
     "args": [],
     "description": "Date the fact starts to hold.",
     "list": false,
     "type": "Date"
    },
    "validTo": {
     "args": [],
     "description": "Date the fact stops holding.",
     "list": false,
     "type": "Date"
    }
   },
   "interfaces": []
  },
  "YearAmount": {
   "description": "",
   "fields": {
    "amountUsd": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Float"
    },
    "year": {
     "args": [],
     "description": "",
     "list": false,
     "type": "Int"
    }
   },
   "interfaces": []
  }
 }
};
