#!/usr/bin/env python3
"""Transcribe the structural facts of an iJw release's XSDs into ijw-hub's own schema description.

The official XSDs stay outside the repository (they are the test oracle). This tool reads them once per
release and writes `schemas/ijw-<release>.json`: namespaces, simple types with their facets, complex types
as sequences of particles, and the root of every message. Documentation text is not carried over.

usage: tools/xsd-to-schema.py XSD_DIR MESSAGE... > schemas/ijw-3.2.json
"""
import json
import sys
import xml.etree.ElementTree as ET

XS = "{http://www.w3.org/2001/XMLSchema}"
BUILTIN = {"xs:string": "string", "xs:integer": "integer", "xs:date": "date", "xs:time": "time"}
# Which retourbericht answers which heenbericht (iJw 3.2, IV028); the XSDs do not say it.
RETOUR = {"JW301": "JW302", "JW305": "JW306", "JW307": "JW308", "JW315": "JW316", "JW317": "JW318",
          "JW319": "JW320"}


def prefix_map(path):
    """Namespace prefixes declared in a schema file (ElementTree drops them from the tree)."""
    prefixes = {}
    for event, (prefix, uri) in ET.iterparse(path, events=["start-ns"]):
        prefixes[prefix] = uri
    return prefixes


class Transcriber:
    def __init__(self):
        self.namespaces = {}      # prefix -> uri
        self.simple_types = {}
        self.complex_types = {}
        self.messages = {}

    def qname(self, value, prefixes):
        prefix, _, local = value.rpartition(":")
        uri = prefixes[prefix]
        if uri == "http://www.w3.org/2001/XMLSchema":
            return "xs:" + local
        return self.prefix_of(uri) + ":" + local

    def prefix_of(self, uri):
        for prefix, known in self.namespaces.items():
            if known == uri:
                return prefix
        raise KeyError(uri)

    def simple_type(self, node, prefixes):
        restriction = node.find(XS + "restriction")
        base = self.qname(restriction.get("base"), prefixes)
        out = {"base": BUILTIN.get(base, base)}
        for facet in restriction:
            name = facet.tag[len(XS):]
            value = facet.get("value")
            if name == "enumeration":
                out.setdefault("enumeration", []).append(value)
            elif name == "pattern":
                out.setdefault("patterns", []).append(value)
            elif name in ("minLength", "maxLength", "length", "totalDigits", "fractionDigits"):
                out[name] = int(value)
            elif name in ("minInclusive", "maxInclusive", "minExclusive", "maxExclusive"):
                out[name] = value
            elif name in ("annotation",):
                continue
            else:
                raise ValueError("unsupported facet " + name)
        return out

    def complex_type(self, node, prefixes, element_prefix):
        children = [c for c in node if c.tag != XS + "annotation"]
        if len(children) != 1 or children[0].tag != XS + "sequence":
            raise ValueError("only xs:sequence content is supported")
        particles = []
        for element in children[0]:
            if element.tag == XS + "annotation":
                continue
            if element.tag != XS + "element":
                raise ValueError("unsupported particle " + element.tag)
            particle = {"element": element_prefix + ":" + element.get("name")}
            if element.get("type"):
                particle["type"] = self.qname(element.get("type"), prefixes)
            else:
                inline = element.find(XS + "simpleType")
                if inline is None:
                    raise ValueError("anonymous complex types are not supported")
                particle["type"] = self.simple_type(inline, prefixes)
            if element.get("minOccurs", "1") != "1":
                particle["minOccurs"] = int(element.get("minOccurs"))
            max_occurs = element.get("maxOccurs", "1")
            if max_occurs != "1":
                particle["maxOccurs"] = "unbounded" if max_occurs == "unbounded" else int(max_occurs)
            particles.append(particle)
        return {"sequence": particles}

    def read(self, path, message=None):
        prefixes = prefix_map(path)
        root = ET.parse(path).getroot()
        target = root.get("targetNamespace")
        for prefix, uri in prefixes.items():
            if uri == target and prefix:
                self.namespaces.setdefault(prefix, uri)
        own = self.prefix_of(target)
        appinfo = {}
        for item in root.iter(XS + "appinfo"):
            for child in item:
                appinfo[child.tag.rpartition("}")[2]] = (child.text or "").strip()
        for node in root:
            name = node.get("name")
            if node.tag == XS + "simpleType":
                self.simple_types[own + ":" + name] = self.simple_type(node, prefixes)
            elif node.tag == XS + "complexType":
                self.complex_types[own + ":" + name] = self.complex_type(node, prefixes, own)
            elif node.tag == XS + "element":
                root_element = (own + ":" + name, self.qname(node.get("type"), prefixes))
        if message is None:
            return
        header = self.complex_types[own + ":Header"]["sequence"]
        code = next(p for p in header if p["element"] == own + ":BerichtCode")["type"]["patterns"][0]
        self.messages[message] = {
            "berichtCode": code,
            "namespace": own,
            "root": root_element[0],
            "type": root_element[1],
            "xsdVersie": {
                "BasisschemaXsdVersie": appinfo["BasisschemaXsdVersie"],
                "BerichtXsdVersie": appinfo["BerichtXsdVersie"],
            },
        }


def main():
    xsd_dir, messages = sys.argv[1], sys.argv[2:]
    t = Transcriber()
    t.namespaces["ijw"] = "http://www.istandaarden.nl/ijw/3_2/basisschema/schema"
    t.read(xsd_dir + "/basisschema.xsd")
    for message in messages:
        t.read(f"{xsd_dir}/{message}.xsd", message)
    for heen, retour in RETOUR.items():
        if heen in t.messages and retour in t.messages:
            t.messages[heen]["retour"] = retour
            t.messages[retour]["retourOf"] = heen
    json.dump({
        "standard": "iJw",
        "release": "3.2",
        "namespaces": t.namespaces,
        "messages": t.messages,
        "simpleTypes": t.simple_types,
        "complexTypes": t.complex_types,
    }, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
