package org.eservices.portal.json;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.http.converter.xml.MappingJackson2XmlHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The one place where the API's request bodies are read: JSON only (another media type
 * answers 415), through {@link StrictJsonConverter}. The parser's own settings (duplicate
 * keys, trailing tokens, exact decimals) are {@code spring.jackson.*}.
 */
@Configuration(proxyBeanMethods = false)
class JsonBodies implements WebMvcConfigurer {

	private final ObjectMapper mapper;

	JsonBodies(ObjectMapper mapper) {
		this.mapper = mapper;
	}

	@Override
	public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
		converters.removeIf((converter) -> converter instanceof MappingJackson2XmlHttpMessageConverter);
		for (int i = 0; i < converters.size(); i++) {
			if (converters.get(i).getClass() == MappingJackson2HttpMessageConverter.class) {
				converters.set(i, new StrictJsonConverter(this.mapper));
			}
		}
	}

}
